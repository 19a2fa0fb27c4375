using Sitrep.Web;

// Standalone host (dotnet run, tests); `sitrep serve` builds the same application through DashboardHost.
var builder = WebApplication.CreateBuilder(args);
builder.AddSitrepDashboard();
var app = builder.Build();
app.MapSitrepDashboard();
await app.RunAsync();
