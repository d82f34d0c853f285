namespace Schakel.Web.Features.Signals.Contracts;

public static class Genders
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
        [("V", "Vrouw"), ("M", "Man"), ("X", "Anders / non-binair"), ("ONBEKEND", "Onbekend")];
}
