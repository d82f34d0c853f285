using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisations;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Web.Features.Signals.Contracts;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Import;

/// <summary>
/// Schakel's codes per list for one region, with the values that mean a code without asking (its code, its label, the
/// words lists commonly use) and a suggestion for a value that is close to one (a typing error like "Zwole").
/// </summary>
public sealed class ImportCodeBook
{
    private readonly Dictionary<ImportCodeList, List<ImportCodeOption>> _options = [];
    private readonly Dictionary<ImportCodeList, Dictionary<string, string>> _automatic = [];

    public IReadOnlyList<ImportCodeOption> Options(ImportCodeList list) => _options.GetValueOrDefault(list) ?? [];

    public string? Label(ImportCodeList list, string? code) =>
        code is null ? null : code == ImportCodes.Ignore ? "(leeg laten)" : Options(list).FirstOrDefault(o => o.Code == code)?.Label;

    /// <summary>The code a value means without a mapping, or null.</summary>
    public string? Automatic(ImportCodeList list, string value) =>
        _automatic.TryGetValue(list, out var known) && known.TryGetValue(Key(value), out var code) ? code : null;

    /// <summary>The closest option to a value no one mapped: a label or code at most a few letters off, or containing it.</summary>
    public string? Suggest(ImportCodeList list, string value)
    {
        if (!_automatic.TryGetValue(list, out var known))
        {
            return null;
        }
        var key = Key(value);
        if (key.Length == 0)
        {
            return null;
        }
        var best = known.Select(k => (k.Value, Distance: Levenshtein(key, k.Key)))
            .Where(x => x.Distance <= Math.Max(1, key.Length / 4)).OrderBy(x => x.Distance).FirstOrDefault();
        if (best.Value is not null)
        {
            return best.Value;
        }
        return known.Where(k => k.Key.Length >= 4 && key.Length >= 4 && (k.Key.Contains(key, StringComparison.Ordinal) || key.Contains(k.Key, StringComparison.Ordinal)))
            .Select(k => k.Value).FirstOrDefault();
    }

    public static async Task<ImportCodeBook> LoadAsync(SchakelDb db, int regionId, CancellationToken ct)
    {
        var book = new ImportCodeBook();
        var municipalities = await db.Organisations.AsNoTracking()
            .Where(o => o.RegionId == regionId && o.Kind == OrganisationKind.Municipality)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        foreach (var m in municipalities)
        {
            var code = m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            book.Add(ImportCodeList.Municipality, code, m.Name, m.Name, "Gemeente " + m.Name);
        }
        var items = await db.ReferenceItems.AsNoTracking().OrderBy(i => i.List).ThenBy(i => i.SortOrder).ToListAsync(ct);
        foreach (var item in items)
        {
            var list = item.List switch
            {
                ReferenceList.ExploitationForm => ImportCodeList.Form,
                ReferenceList.Sector => ImportCodeList.Sector,
                _ => ImportCodeList.MelderType,
            };
            book.Add(list, item.Code, item.Label, item.Code, item.Label, item.Label.Split(' ')[0]);
        }
        book.Synonyms(ImportCodeList.Form, ExploitationForms.Sexual, "seksueel", "seksuele uitbuiting", "prostitutie", "seks");
        book.Synonyms(ImportCodeList.Form, ExploitationForms.Labour, "arbeidsuitbuiting", "arbeid", "economische uitbuiting");
        book.Synonyms(ImportCodeList.Form, ExploitationForms.Criminal, "criminele uitbuiting", "crimineel");
        book.Synonyms(ImportCodeList.Form, ExploitationForms.OrganRemoval, "orgaanhandel", "organen");
        book.Synonyms(ImportCodeList.Form, ExploitationForms.Unclear, "onbekend", "onduidelijk", "?");

        foreach (var status in Enum.GetValues<SignalStatus>().Where(SignalStateMachine.IsClosed))
        {
            book.Add(ImportCodeList.Status, status.ToString(), SignalLabels.Dutch(status), status.ToString(), SignalLabels.Dutch(status));
        }
        book.Add(ImportCodeList.Status, ImportCodes.Open, "Nog open in de bron (wordt als historie afgesloten)", "open", "lopend", "loopt", "in behandeling", "nieuw", "in onderzoek");
        book.Synonyms(ImportCodeList.Status, nameof(SignalStatus.HandledLocally), "afgesloten", "gesloten", "afgehandeld", "lokaal afgehandeld", "doorverwezen", "zorg", "hulpverlening");
        book.Synonyms(ImportCodeList.Status, nameof(SignalStatus.ClosedByTable), "casus", "tafel", "regionale tafel", "mdo", "geen vervolg tafel");
        book.Synonyms(ImportCodeList.Status, nameof(SignalStatus.Answered), "beantwoord", "advies gegeven");

        book.Add(ImportCodeList.Kind, nameof(SignalKind.Report), SignalLabels.Dutch(SignalKind.Report), "melding", "signaal", "report");
        book.Add(ImportCodeList.Kind, nameof(SignalKind.AdviceQuestion), SignalLabels.Dutch(SignalKind.AdviceQuestion), "adviesvraag", "advies", "vraag", "adviceQuestion");
        foreach (var (code, label) in Genders.All)
        {
            book.Add(ImportCodeList.Gender, code, label, code, label);
        }
        book.Synonyms(ImportCodeList.Gender, "V", "vrouwelijk", "f", "female", "meisje");
        book.Synonyms(ImportCodeList.Gender, "M", "mannelijk", "male", "jongen");
        book.Synonyms(ImportCodeList.Gender, "ONBEKEND", "onb", "?", "niet bekend");
        foreach (var role in Enum.GetValues<SubjectRole>())
        {
            book.Add(ImportCodeList.Role, role.ToString(), SignalLabels.Dutch(role), role.ToString(), SignalLabels.Dutch(role));
        }
        book.Synonyms(ImportCodeList.Role, nameof(SubjectRole.PossibleVictim), "slachtoffer", "mogelijk slachtoffer", "client", "cliënt", "sl");
        book.Synonyms(ImportCodeList.Role, nameof(SubjectRole.PossiblePerpetrator), "dader", "verdachte", "mogelijke dader", "uitbuiter", "pooier");
        book.Synonyms(ImportCodeList.Role, nameof(SubjectRole.Other), "overig", "anders", "getuige", "betrokkene");
        return book;
    }

    private void Add(ImportCodeList list, string code, string label, params string[] meanings)
    {
        if (!_options.TryGetValue(list, out var options))
        {
            _options[list] = options = [];
        }
        options.Add(new ImportCodeOption(code, label));
        Synonyms(list, code, meanings);
    }

    private void Synonyms(ImportCodeList list, string code, params string[] meanings)
    {
        if (!_automatic.TryGetValue(list, out var known))
        {
            _automatic[list] = known = [];
        }
        foreach (var meaning in meanings)
        {
            known.TryAdd(Key(meaning), code);
        }
    }

    private static string Key(string value) => ColumnGuesser.Key(value);

    private static int Levenshtein(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3)
        {
            return int.MaxValue;
        }
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
