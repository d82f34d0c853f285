using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Schakel.Core.Signals;
using Schakel.IntegrationTests.Mail;
using Schakel.Testing;
using Schakel.Web.Features.Shared;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.IntegrationTests.Privacy;

/// <summary>
/// The privacy officer's start page shows the last check of the audit chain with its Dutch time instead of verifying
/// the whole chain on every load; a broken chain found by that check shows as a danger badge.
/// </summary>
public sealed partial class AuditCheckCardTests
{
    [Fact]
    public async Task The_start_page_shows_the_last_check_and_a_rewritten_entry_shows_as_broken_once_the_check_has_run()
    {
        using var factory = new DailyCheckFactory();
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        for (var i = 0; i < 3; i++)
        {
            await af.GetHtmlAsync($"/meldingen/{reference}");
        }
        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        // The check that runs right after start; the next one is not due before midnight.
        (await Poll.UntilAsync(() => factory.WithAsync(db => db.Set<JobRun>().AnyAsync(r => r.Job == AuditCheckpointScheduler.Job && r.FinishedAt != null))))
            .ShouldBeTrue("the check after start ran");
        await factory.WithAsync(db => db.Set<JobRun>().Where(r => r.Job == AuditCheckpointScheduler.Job).ExecuteDeleteAsync());

        var none = await CardAsync(fg);
        none.ShouldContain("De keten is nog niet gecontroleerd");
        none.ShouldContain("href=\"/privacy/audit\"");

        var first = await CheckAsync(factory, factory.Now.AddDays(-2));
        var intact = await CardAsync(fg);
        intact.ShouldContain($"Laatste controle: {DutchTime.Format(first)} (nederlandse tijd). Regels gecontroleerd; de keten is intact.");
        intact.ShouldContain(">Intact<");

        // Someone with database access rewrites who did something in entry 2.
        await factory.WithAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'Iemand anders' WHERE \"Sequence\" = 2"));

        // Until the next check the card says what the last one found, and when; the privacy page checks afresh.
        (await CardAsync(fg)).ShouldContain($"Laatste controle: {DutchTime.Format(first)} (nederlandse tijd). Regels gecontroleerd; de keten is intact.");
        (await fg.GetHtmlAsync("/privacy/audit")).ShouldContain("De keten is verbroken bij regel 2");

        var second = await CheckAsync(factory, factory.Now.AddDays(-1));
        var broken = await CardAsync(fg);
        broken.ShouldContain($"Laatste controle: {DutchTime.Format(second)} (nederlandse tijd). De keten is verbroken bij regel 2.");
        broken.ShouldContain("utrecht-status-badge--danger schakel-badge\">Verbroken<");
        broken.ShouldNotContain("Intact");
    }

    /// <summary>Runs the checkpoint job for a due time of its own; returns when that check finished.</summary>
    private static async Task<DateTimeOffset> CheckAsync(SchakelFactory factory, DateTimeOffset dueAt)
    {
        var job = factory.Services.GetServices<IHostedService>().OfType<AuditCheckpointScheduler>().Single();
        await job.RunSlotAsync(dueAt, CancellationToken.None);
        return await factory.WithAsync(db => db.Set<JobRun>().Where(r => r.Job == AuditCheckpointScheduler.Job && r.DueAt == dueAt)
            .Select(r => r.FinishedAt).SingleAsync()) ?? throw new InvalidOperationException("The check did not finish.");
    }

    private static async Task<string> CardAsync(WebSession session)
    {
        var html = WebUtility.HtmlDecode(await session.GetHtmlAsync("/"));
        var card = AuditCard().Match(html);
        card.Success.ShouldBeTrue("the start page has the audit log card");
        return card.Value;
    }

    [GeneratedRegex("<li class=\"schakel-card\" data-testid=\"card-auditketen\">.*?</li>", RegexOptions.Singleline)]
    private static partial Regex AuditCard();

    private sealed class DailyCheckFactory : SchakelFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Audit:CheckpointInterval", "1.00:00:00"), new("Audit:FullCheckInterval", "00:00:00")];
    }
}
