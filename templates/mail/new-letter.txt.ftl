<#-- Model: org.mail2blog.notify.NewLetter -->
${t["mail.new.intro"]} "${conversationTitle}":

${authorName}, ${writtenAt}

${body}

${t["mail.new.read-here"]}
${letterUrl}

${t["mail.reply-to-write"]}

${t["mail.unsubscribe"]}
${unsubscribeUrl}

-- 
${t["mail.footer"]}
