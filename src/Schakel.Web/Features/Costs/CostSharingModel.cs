using System.Globalization;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Costs;
using Schakel.Core.Organisations;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Costs;

public enum CostKey
{
    Population = 1,
    PerInhabitant = 2,
}

/// <summary>Cost sharing of a regional post over the municipalities, in both rounding modes side by side.</summary>
[Authorize(Policy = Policies.Aggregates)]
public sealed class CostSharingModel(SchakelDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public CostKey Key { get; set; } = CostKey.Population;
    [BindProperty(SupportsGet = true)] public string? Amount { get; set; } = "81148,00";
    [BindProperty(SupportsGet = true)] public string? Rate { get; set; } = "0,15";
    [BindProperty(SupportsGet = true)] public int Months { get; set; } = 12;

    public CostShareResult? Each { get; private set; }
    public CostShareResult? Exact { get; private set; }

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public async Task OnGetAsync() => await CalculateAsync();

    public async Task<IActionResult> OnGetExcelAsync()
    {
        if (!await CalculateAsync())
        {
            return BadRequest();
        }
        using var workbook = new XLWorkbook();
        foreach (var result in new[] { Each!, Exact! })
        {
            var sheet = workbook.Worksheets.Add(result.Mode == RoundingMode.RoundEachShare ? "Afronden per gemeente" : "Grootste rest");
            sheet.Cell(1, 1).Value = "Gemeente";
            sheet.Cell(1, 2).Value = "Inwoners";
            sheet.Cell(1, 3).Value = "Aandeel %";
            sheet.Cell(1, 4).Value = "Bedrag (EUR)";
            var row = 2;
            foreach (var line in result.Lines)
            {
                sheet.Cell(row, 1).Value = line.Name;
                sheet.Cell(row, 2).Value = line.Population;
                sheet.Cell(row, 3).Value = line.Percentage;
                sheet.Cell(row, 4).Value = line.Amount;
                row++;
            }
            sheet.Cell(row, 1).Value = "Totaal";
            sheet.Cell(row, 2).Value = result.Population;
            sheet.Cell(row, 4).Value = result.SumOfAmounts;
            sheet.Cell(row + 1, 1).Value = "Te verdelen";
            sheet.Cell(row + 1, 4).Value = result.Total;
            sheet.Cell(row + 2, 1).Value = "Afrondingsverschil";
            sheet.Cell(row + 2, 4).Value = result.RoundingDifference;
            sheet.Column(4).Style.NumberFormat.Format = "#,##0.00";
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "kostenverdeling.xlsx");
    }

    private async Task<bool> CalculateAsync()
    {
        var participants = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Municipality && o.Active && o.Population != null && o.Population > 0)
            .OrderBy(o => o.Name).Select(o => new Participant(o.Name, o.Population!.Value)).ToListAsync();
        if (participants.Count == 0)
        {
            ModelState.AddModelError("", "Er zijn geen gemeenten met een inwonertal vastgelegd.");
            return false;
        }
        if (Months is < 1 or > 12)
        {
            ModelState.AddModelError(nameof(Months), "Het aantal maanden ligt tussen 1 en 12.");
        }
        if (Key == CostKey.Population)
        {
            if (!TryMoney(Amount, out var total) || total <= 0 || total > 100_000_000m)
            {
                ModelState.AddModelError(nameof(Amount), "Vul het te verdelen bedrag in euro's in, bijvoorbeeld 81.148,00.");
                return false;
            }
            if (!ModelState.IsValid)
            {
                return false;
            }
            Each = CostSharing.ByPopulation(total, participants, RoundingMode.RoundEachShare);
            Exact = CostSharing.ByPopulation(total, participants, RoundingMode.LargestRemainder);
            return true;
        }
        if (!TryMoney(Rate, out var rate) || rate <= 0 || rate > 100m)
        {
            ModelState.AddModelError(nameof(Rate), "Vul het bedrag per inwoner in euro's in, bijvoorbeeld 0,15.");
            return false;
        }
        if (!ModelState.IsValid)
        {
            return false;
        }
        Each = CostSharing.PerInhabitant(rate, participants, RoundingMode.RoundEachShare, Months / 12m);
        Exact = CostSharing.PerInhabitant(rate, participants, RoundingMode.LargestRemainder, Months / 12m);
        return true;
    }

    /// <summary>Accepts Dutch notation ("81.148,00", "€ 0,15") and plain decimals ("81148.00").</summary>
    internal static bool TryMoney(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var t = text.Replace("€", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Trim();
        if (t.Contains(',', StringComparison.Ordinal))
        {
            return decimal.TryParse(t, NumberStyles.Number, Dutch, out value);
        }
        // "81.148" with exactly three digits after a dot is a Dutch thousands separator, not a decimal point.
        if (System.Text.RegularExpressions.Regex.IsMatch(t, @"^\d{1,3}(\.\d{3})+$"))
        {
            return decimal.TryParse(t.Replace(".", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
        }
        return decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
    }

    public static string Euro(decimal amount) => amount.ToString("N2", Dutch);
}
