<#-- Model: org.mail2blog.notify.LetterPublished -->
${t["mail.published.subject"]} ${conversationTitle}
