<#-- Model: org.mail2blog.notify.ModerationDone -->
<#if isApproved()>${t["mail.moderation.approved.subject"]}<#else>${t["mail.moderation.rejected.subject"]}</#if> ${publicName}<#if conversationTitle?has_content> – ${conversationTitle}</#if>
