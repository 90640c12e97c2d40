<#-- Model: org.mail2blog.notify.NewLetter -->
${t["mail.new.subject"]} ${conversationTitle}
