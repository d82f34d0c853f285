using System.Runtime.CompilerServices;
using Schakel.Core.Labels;
using Schakel.Web.Features.Notifications.Contracts;
using Schakel.Web.Features.Notifications.Mail;

namespace Schakel.Web.Features.Notifications;

/// <summary>Hands the label functions of the notification enums to the one catalogue, when the web assembly loads.</summary>
internal static class NotificationEnumLabels
{
    [ModuleInitializer]
    internal static void Register()
    {
        Dutch.Register<NotificationKind>(MailTemplates.DigestLine);
        Dutch.Register<SmtpSecurity>(OutgoingMailPageModel.SecurityLabel);
    }
}
