<#-- Model: org.mail2blog.notify.FollowRequested -->
${t["mail.follow.subject"]} ${conversationTitle}
