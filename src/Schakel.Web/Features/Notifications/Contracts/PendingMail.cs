namespace Schakel.Web.Features.Notifications.Contracts;

/// <summary>The e-mail that <see cref="Notifier.AddAsync"/> put in the outbox with the caller's uncommitted changes.</summary>
public sealed record PendingMail(IReadOnlyList<string> Addresses, string Title, string? Url);
