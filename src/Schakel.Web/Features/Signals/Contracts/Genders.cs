using Schakel.Core.Signals;

namespace Schakel.Web.Features.Signals.Contracts;

public static class Genders
{
    public const string Unknown = "ONBEKEND";

    public static readonly IReadOnlyList<(string Code, string Label)> All = GenderCodes.All;
}
