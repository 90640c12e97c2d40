<#-- Model: org.mail2blog.notify.LetterRejected -->
${t["mail.rejected.subject"]}<#if isMatched()>: ${conversationTitle}</#if>
