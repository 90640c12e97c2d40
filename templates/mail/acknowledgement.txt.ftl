<#-- Model: org.mail2blog.notify.LetterReceived -->
${t["mail.ack.hello"]} ${publicName}!

${t["mail.ack.received"]} "${conversationTitle}". ${t["mail.ack.waiting"]} "${publicName}". ${t["mail.ack.private"]}

${t["mail.ack.read-here"]}
${conversationUrl}

${t["mail.ack.reply"]}

${t["mail.ack.withdraw"]}
${withdrawUrl}

-- 
${t["mail.footer"]}
