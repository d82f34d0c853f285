using System.Runtime.CompilerServices;
using Schakel.Core.Labels;

namespace Schakel.Web.Features.Table;

/// <summary>Hands the label function of the minutes versions to the one catalogue, when the web assembly loads.</summary>
internal static class TableEnumLabels
{
    [ModuleInitializer]
    internal static void Register() => Dutch.Register<MinutesVersion>(MinutesModel.Label);
}
