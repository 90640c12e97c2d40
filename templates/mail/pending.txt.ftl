<#-- Model: org.mail2blog.notify.LetterPending -->
<#if isMatched()>${t["mail.pending.intro"]} "${conversationTitle}".<#else>${t["mail.pending.unmatched"]}</#if>
<#if trustUnverified?has_content>

${t["mail.pending.trust-unverified"]}
${trustUnverified}

</#if>
${t["mail.pending.as-published"]}

<#if isMatched()>${conversationTitle}
</#if>${publicName}, ${writtenAt}

${body}

<#if isMatched()>${t["mail.pending.how"]}<#else>${t["mail.pending.how-unmatched"]}</#if>

${t["mail.pending.review"]}
${queueUrl}

-- 
${t["mail.footer"]}
