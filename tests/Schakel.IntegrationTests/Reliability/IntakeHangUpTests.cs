using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Signals;
using Schakel.Testing;
using Schakel.Web.Features.Linking;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.IntegrationTests.Reliability;

/// <summary>
/// A sender that hangs up after its signal was stored must not leave a signal that nobody was told about and that is
/// linked to nothing: a retry with the same clientId would find the signal and never do the rest.
/// </summary>
public sealed class IntakeHangUpTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task A_signal_stored_before_the_sender_hangs_up_still_gets_its_links_and_notifications()
    {
        var zwolle = await factory.WithAsync(db => db.Signals.Where(s => s.Municipality!.Name == "Zwolle").Select(s => s.MunicipalityId!.Value).FirstAsync());
        var first = await IntakeAsync(Draft(zwolle), "ophangen-1", CancellationToken.None);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
        using var hangUp = new CancellationTokenSource();
        IntakeResult second;
        using (new HangUpAtFirstCommit(db, hangUp))
        {
            second = await scope.ServiceProvider.GetRequiredService<SignalIntake>()
                .CreateAsync(Draft(zwolle), new IntakeSource(IntakeChannel.Api, "test", ClientId: "ophangen-2", ClientOrganisationId: first.ClientOrganisationId), hangUp.Token);
        }
        hangUp.IsCancellationRequested.ShouldBeTrue("the sender hung up once the signal itself was committed");
        second.Created.ShouldBeTrue();

        var firstSubject = await factory.WithAsync(d => d.Subjects.Where(s => s.SignalId == first.Id).Select(s => s.Id).SingleAsync());
        var secondSubject = await factory.WithAsync(d => d.Subjects.Where(s => s.SignalId == second.Signal.Id).Select(s => s.Id).SingleAsync());
        (await factory.WithAsync(d => d.Set<SubjectLink>().CountAsync(l =>
            l.SubjectAId == Math.Min(firstSubject, secondSubject) && l.SubjectBId == Math.Max(firstSubject, secondSubject))))
            .ShouldBe(1, "the shared phone number links the two signals' persons");
        (await factory.WithAsync(d => d.Notifications.CountAsync(n => n.Url == "/meldingen/" + second.Signal.Reference)))
            .ShouldBeGreaterThan(0, "the municipality's attention officers hear of the new signal");
    }

    private async Task<Signal> IntakeAsync(SignalDraft draft, string clientId, CancellationToken ct)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
        var police = await db.Organisations.Where(o => o.Name.StartsWith("Politie")).Select(o => o.Id).FirstAsync(ct);
        var result = await scope.ServiceProvider.GetRequiredService<SignalIntake>()
            .CreateAsync(draft, new IntakeSource(IntakeChannel.Api, "test", ClientId: clientId, ClientOrganisationId: police), ct);
        return result.Signal;
    }

    private static SignalDraft Draft(int municipality) => new()
    {
        MelderTypeCode = "POLITIE",
        MunicipalityId = municipality,
        FormCodes = ["ARBEID"],
        Description = "Werknemers slapen in de loods en leveren hun paspoort in.",
        Subjects = [new SubjectDraft { Role = SubjectRole.PossibleVictim, FullName = "Dorota Kamińska", Phones = "06-4821 7730" }],
    };

    /// <summary>
    /// Cancels the request's token as soon as the given context commits its first transaction. Disposing it ends every
    /// subscription, so no later commit of the pooled context reaches a token that no longer exists.
    /// </summary>
    private sealed class HangUpAtFirstCommit : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly SchakelDb _db;
        private readonly CancellationTokenSource _hangUp;
        private readonly List<IDisposable> _subscriptions = [];

        public HangUpAtFirstCommit(SchakelDb db, CancellationTokenSource hangUp)
        {
            (_db, _hangUp) = (db, hangUp);
            var all = DiagnosticListener.AllListeners.Subscribe(this);
            lock (_subscriptions)
            {
                _subscriptions.Add(all);
            }
        }

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key == RelationalEventId.TransactionCommitted.Name && e.Value is TransactionEndEventData data && ReferenceEquals(data.Context, _db))
            {
                _hangUp.Cancel();
            }
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
                _subscriptions.Clear();
            }
        }
    }
}
