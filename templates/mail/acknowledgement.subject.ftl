<#-- Model: org.mail2blog.notify.LetterReceived -->
${t["mail.ack.subject"]} ${conversationTitle}
