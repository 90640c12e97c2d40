<#-- Model: org.mail2blog.notify.FollowRequested -->
${t["mail.follow.text"]} "${conversationTitle}":
${conversationUrl}

${t["mail.follow.confirm"]}
${confirmUrl}

${t["mail.follow.ignore"]}

-- 
${t["mail.footer"]}
