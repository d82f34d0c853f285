using System.Runtime.CompilerServices;
using Schakel.Core.Labels;
using Schakel.Web.Features.Linking.Network;

namespace Schakel.Web.Features.Linking;

/// <summary>Hands the label functions of linking's own enums to the one catalogue, when the web assembly loads.</summary>
internal static class LinkingEnumLabels
{
    [ModuleInitializer]
    internal static void Register()
    {
        Dutch.Register<LinkStatus>(LinkLabels.Decision);
        Dutch.Register<NetworkNodeKind>(NetworkLabels.Kind);
        Dutch.Register<NetworkEdgeKind>(NetworkLabels.Kind);
    }
}
