<#-- Model: org.mail2blog.notify.LetterReceived -->
${t["mail.ack.hello"]} ${publicName}!

${t["mail.ack.received"]} "${conversationTitle}". <#if isConversationClosed()>${t["mail.ack.closed"]}<#else>${t["mail.ack.waiting"]} "${publicName}".</#if> ${t["mail.ack.private"]}

${t["mail.ack.read-here"]}
${conversationUrl}

<#if !isConversationClosed()>${t["mail.ack.reply"]}

</#if>${t["mail.ack.withdraw"]}
${withdrawUrl}

-- 
${t["mail.footer"]}
