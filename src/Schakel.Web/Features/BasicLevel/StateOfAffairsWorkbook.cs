using ClosedXML.Excel;
using Schakel.Core.BasicLevel;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.BasicLevel;

/// <summary>
/// The state of affairs as an Excel workbook: the overview table as boards know it, then the details behind it.
/// Column widths are set by hand: ClosedXML's AdjustToContents measures text with GDI+, which a Linux server may lack.
/// </summary>
public static class StateOfAffairsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Build(StateOfAffairsData data, DateTimeOffset generatedAt)
    {
        using var workbook = new XLWorkbook();
        Overview(workbook.AddWorksheet("Stand van zaken"), data, generatedAt);
        Details(workbook.AddWorksheet("Bouwstenen details"), data);
        Actions(workbook.AddWorksheet("Actiepunten"), data);
        Sessions(workbook.AddWorksheet("Trainingen"), data);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Overview(IXLWorksheet sheet, StateOfAffairsData data, DateTimeOffset generatedAt)
    {
        sheet.Cell(1, 1).Value = $"Stand van zaken basisniveau aanpak mensenhandel, {StateOfAffairsData.FormatDate(DutchTime.Day(generatedAt))}";
        sheet.Cell(1, 1).Style.Font.Bold = true;
        var header = 3;
        sheet.Cell(header, 1).Value = "Bouwsteen";
        sheet.Cell(header, 2).Value = "Soort";
        for (var i = 0; i < data.Municipalities.Count; i++)
        {
            sheet.Cell(header, 3 + i).Value = data.Municipalities[i].Name;
        }
        var row = header + 1;
        foreach (var block in data.Blocks)
        {
            sheet.Cell(row, 1).Value = block.Title;
            sheet.Cell(row, 2).Value = block.IsOptional ? "Optioneel" : "Basisniveau";
            for (var i = 0; i < data.Municipalities.Count; i++)
            {
                sheet.Cell(row, 3 + i).Value = StateOfAffairsData.CellText(data.Cell(data.Municipalities[i].Id, block.Id));
            }
            row++;
        }
        sheet.Cell(row, 1).Value = "Gereed basisniveau";
        for (var i = 0; i < data.Municipalities.Count; i++)
        {
            sheet.Cell(row, 3 + i).Value = data.DoneCount(data.Municipalities[i].Id, optional: false);
        }
        sheet.Range(header, 1, header, 2 + data.Municipalities.Count).Style.Font.Bold = true;
        sheet.Row(row).Style.Font.Bold = true;
        sheet.Column(1).Width = 70;
        sheet.Column(1).Style.Alignment.WrapText = true;
        sheet.Column(2).Width = 14;
        for (var i = 0; i < data.Municipalities.Count; i++)
        {
            sheet.Column(3 + i).Width = 18;
        }
        sheet.SheetView.FreezeRows(header);
        sheet.SheetView.FreezeColumns(1);
    }

    private static void Details(IXLWorksheet sheet, StateOfAffairsData data)
    {
        Header(sheet, "Gemeente", "Bouwsteen", "Stand", "Datum", "Bewijs", "Toelichting", "Vastgelegd door");
        var row = 2;
        foreach (var m in data.Municipalities)
        {
            foreach (var b in data.Blocks)
            {
                var cell = data.Cell(m.Id, b.Id);
                sheet.Cell(row, 1).Value = m.Name;
                sheet.Cell(row, 2).Value = b.Title;
                sheet.Cell(row, 3).Value = BasicLevelLabels.Dutch(cell?.Status ?? BuildingBlockStatus.NotStarted);
                sheet.Cell(row, 4).Value = cell?.Date is { } d ? StateOfAffairsData.FormatDate(d) : "";
                sheet.Cell(row, 5).Value = cell?.Evidence ?? "";
                sheet.Cell(row, 6).Value = cell?.Note ?? "";
                sheet.Cell(row, 7).Value = cell?.RecordedBy ?? "";
                row++;
            }
        }
        Widths(sheet, 20, 60, 14, 12, 60, 40, 30);
    }

    private static void Actions(IXLWorksheet sheet, StateOfAffairsData data)
    {
        Header(sheet, "Gemeente", "Wat", "Termijn", "Eigenaar", "Status", "Nog te doen", "Bouwsteen");
        var row = 2;
        foreach (var a in data.ActionPoints)
        {
            sheet.Cell(row, 1).Value = a.Municipality?.Name ?? "Regio";
            sheet.Cell(row, 2).Value = a.Description;
            sheet.Cell(row, 3).Value = ActionTerm.Display(a.Term);
            sheet.Cell(row, 4).Value = a.Owner;
            sheet.Cell(row, 5).Value = BasicLevelLabels.Dutch(a.Status);
            sheet.Cell(row, 6).Value = a.ToDo ?? "";
            sheet.Cell(row, 7).Value = a.BuildingBlock?.Title ?? "";
            row++;
        }
        Widths(sheet, 20, 60, 12, 30, 14, 50, 50);
    }

    private static void Sessions(IXLWorksheet sheet, StateOfAffairsData data)
    {
        Header(sheet, "Gemeente of partner", "Doelgroep", "Sessies", "Bereikt");
        var row = 2;
        foreach (var c in data.SessionCounts)
        {
            sheet.Cell(row, 1).Value = c.Organisation;
            sheet.Cell(row, 2).Value = c.TargetGroup;
            sheet.Cell(row, 3).Value = c.Sessions;
            sheet.Cell(row, 4).Value = c.Reached;
            row++;
        }
        Widths(sheet, 40, 40, 10, 10);
    }

    private static void Header(IXLWorksheet sheet, params string[] titles)
    {
        for (var i = 0; i < titles.Length; i++)
        {
            sheet.Cell(1, i + 1).Value = titles[i];
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
    }

    private static void Widths(IXLWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            sheet.Column(i + 1).Width = widths[i];
        }
    }
}
