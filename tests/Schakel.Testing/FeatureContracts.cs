// The features' public contracts, as the app itself sees them (src/Schakel.Web/Features/Contracts.cs).
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
