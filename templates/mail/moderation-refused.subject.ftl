<#-- Model: org.mail2blog.notify.ModerationRefused -->
${t["mail.moderation.refused.subject"]}
