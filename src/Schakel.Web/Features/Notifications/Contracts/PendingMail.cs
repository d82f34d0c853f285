namespace Schakel.Web.Features.Notifications.Contracts;

/// <summary>E-mails that announce notifications not yet committed; sent once they are.</summary>
public sealed record PendingMail(IReadOnlyList<string> Addresses, string Title, string? Url);
