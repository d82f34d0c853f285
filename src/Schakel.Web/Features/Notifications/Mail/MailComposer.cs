using MimeKit;

namespace Schakel.Web.Features.Notifications.Mail;

/// <summary>Turns an outbox row into the message that leaves Schakel.</summary>
public static class MailComposer
{
    /// <summary>The link's base when no address of Schakel is configured (outside Production only): the local run.</summary>
    public const string LocalBaseUrl = "http://127.0.0.1:5000";

    public static MimeMessage Compose(OutboxMessage row, MailOptions options)
    {
        var rendered = MailTemplates.Render(row.Kind, MailData.FromJson(row.Data), row.CreatedAt, options.BaseUrl ?? LocalBaseUrl);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.SenderAddress));
        message.To.Add(MailboxAddress.Parse(row.Recipient));
        message.Subject = rendered.Subject;
        message.Date = row.CreatedAt;
        // The same id on every attempt lets a mailbox recognise a message it already has.
        message.MessageId = $"outbox-{row.Id}@{options.SenderAddress.Split('@')[^1]}";
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder { TextBody = rendered.Text, HtmlBody = rendered.Html }.ToMessageBody();
        return message;
    }
}
