using Schakel.Core.Common;
using Schakel.Core.Consultations;
using Schakel.Web.Features.Notifications.Contracts;

namespace Schakel.Web.Features.Consultations;

/// <summary>
/// Who hears of a spoed-MDO, once committed: the invitees that their advice is asked and that it was closed (the outcome
/// waits in Schakel), the starter that every invitee answered. Titles say only that something waits, never what the
/// signal is about.
/// </summary>
public sealed class ConsultationNotices(Notifier notifier) :
    IDomainEventHandler<AcuteConsultationStarted>, IDomainEventHandler<AcuteConsultationAnswered>, IDomainEventHandler<AcuteConsultationClosed>
{
    public static IServiceCollection Register(IServiceCollection services) => services
        .AddScoped<ConsultationCandidates>()
        .AddScoped<AcuteAgenda>()
        .AddScoped<ConsultationSection>()
        .AddScoped<ConsultationNotices>()
        .AddScoped<IDomainEventHandler<AcuteConsultationStarted>>(sp => sp.GetRequiredService<ConsultationNotices>())
        .AddScoped<IDomainEventHandler<AcuteConsultationAnswered>>(sp => sp.GetRequiredService<ConsultationNotices>())
        .AddScoped<IDomainEventHandler<AcuteConsultationClosed>>(sp => sp.GetRequiredService<ConsultationNotices>());

    public Task HandleAsync(AcuteConsultationStarted e, CancellationToken ct) =>
        notifier.NotifyUsersAsync(e.Consultation.Invitations.Select(i => i.UserId), NotificationKind.AcuteConsultation,
            $"Spoed-MDO: uw advies is gevraagd binnen {e.Consultation.Hours} uur", Url(e.Consultation), ct);

    public Task HandleAsync(AcuteConsultationAnswered e, CancellationToken ct) =>
        e.CompletesAnswers
            ? notifier.NotifyUsersAsync([e.Consultation.StartedByUserId], NotificationKind.AcuteConsultationUpdate,
                "Spoed-MDO: alle genodigden hebben geantwoord", Url(e.Consultation), ct)
            : Task.CompletedTask;

    public Task HandleAsync(AcuteConsultationClosed e, CancellationToken ct) =>
        notifier.NotifyUsersAsync(e.Consultation.Invitations.Select(i => i.UserId), NotificationKind.AcuteConsultationUpdate,
            "Spoed-MDO afgerond: de uitkomst staat in Schakel", Url(e.Consultation), ct);

    public static string Url(AcuteConsultation c) => $"/spoed-mdo/{c.Id}";
}
