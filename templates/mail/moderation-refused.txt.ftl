<#-- Model: org.mail2blog.notify.ModerationRefused -->
${t["mail.moderation.refused.intro"]}

${t["mail.moderation.refused." + refusal]}
<#if firstLine?has_content>
${t["mail.moderation.first-line"]} ${firstLine}
</#if>

${t["mail.moderation.queue"]}
${queueUrl}

-- 
${t["mail.footer"]}
