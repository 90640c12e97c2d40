<#-- Model: org.mail2blog.notify.LetterRejected -->
${t["mail.ack.hello"]} ${publicName}!

<#if isMatched()>${t["mail.ack.received"]} "${conversationTitle}".<#else>${t["mail.rejected.unmatched"]}</#if> ${t["mail.rejected.decided"]}

${t["mail.rejected.reason"]}

${reason}

<#if isMatched()>${t["mail.reply-to-write"]}<#else>${t["mail.rejected.welcome"]}</#if>

-- 
${t["mail.footer"]}
