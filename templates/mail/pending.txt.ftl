<#-- Model: org.mail2blog.notify.LetterPending -->
<#if isMatched()>${t["mail.pending.intro"]} "${conversationTitle}".<#else>${t["mail.pending.unmatched"]}</#if>

${t["mail.pending.from"]}: ${publicName}
<#if trustUnverified?has_content>

${t["mail.pending.trust-unverified"]}
${trustUnverified}
</#if>

${body}

${t["mail.pending.review"]}
${queueUrl}

-- 
${t["mail.footer"]}
