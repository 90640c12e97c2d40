<#-- Model: org.mail2blog.notify.ModerationDone -->
<#if isApproved()>${t["mail.moderation.approved"]}<#else>${t["mail.moderation.rejected"]}</#if>

${t["mail.moderation.letter"]} ${publicName}<#if conversationTitle?has_content> ${t["mail.moderation.in"]} "${conversationTitle}"</#if>.
<#if reason?has_content>${t["mail.moderation.reason"]} ${reason}
</#if>
<#if isApproved()>${t["mail.moderation.read-here"]}
${letterUrl}

</#if>
${t["mail.moderation.queue"]}
${queueUrl}

-- 
${t["mail.footer"]}
