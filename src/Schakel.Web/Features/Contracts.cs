// The named public contracts of the features: a feature may use another feature only through these namespaces
// (and Features.Shared); everything else in a feature folder is its own. The architecture tests hold this.
global using Schakel.Web.Features.Ads.Contracts;
global using Schakel.Web.Features.BasicLevel.Contracts;
global using Schakel.Web.Features.Care.Contracts;
global using Schakel.Web.Features.Dashboard.Contracts;
global using Schakel.Web.Features.Linking.Contracts;
global using Schakel.Web.Features.Notifications.Contracts;
global using Schakel.Web.Features.Reference.Contracts;
global using Schakel.Web.Features.Shared;
global using Schakel.Web.Features.Signals.Contracts;
global using Schakel.Web.Features.Table.Contracts;
