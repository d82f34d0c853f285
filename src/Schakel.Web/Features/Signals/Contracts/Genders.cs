namespace Schakel.Web.Features.Signals.Contracts;

public static class Genders
{
    public const string Unknown = "ONBEKEND";

    public static readonly IReadOnlyList<(string Code, string Label)> All =
        [("V", "Vrouw"), ("M", "Man"), ("X", "Anders / non-binair"), (Unknown, "Onbekend")];
}
