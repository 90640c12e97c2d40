<#-- Model: org.mail2blog.notify.LetterPending -->
<#if isMatched()>${t["mail.pending.subject"]} ${conversationTitle}<#else>${t["mail.pending.subject-unmatched"]}</#if>
