<#-- Model: org.mail2blog.notify.LetterPublished -->
${t["mail.ack.hello"]} ${publicName}!

${t["mail.published.text"]} "${conversationTitle}". ${t["mail.published.name"]} "${publicName}".

${t["mail.published.link"]}
${letterUrl}

${t["mail.published.follow"]} ${t["mail.reply-to-write"]}

${t["mail.unsubscribe"]}
${unsubscribeUrl}

-- 
${t["mail.footer"]}
