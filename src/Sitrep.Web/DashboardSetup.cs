using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.FileProviders;
using Sitrep.Core.Knowledge;
using Sitrep.Store;
using Sitrep.Web.Api;
using Sitrep.Web.Ingest;
using Sitrep.Web.Reading;
using Sitrep.Web.Security;

namespace Sitrep.Web;

/// <summary>Registers and maps the dashboard and its API; <see cref="Program"/> and <c>sitrep serve</c> both use it.</summary>
public static class DashboardSetup
{
    /// <summary>
    /// Adds the dashboard's services. Options are read from configuration (section "Sitrep") when the host is built,
    /// so a caller can set them through configuration. A store already registered as <see cref="IReportStore"/> is used
    /// as it is; otherwise the one <c>Sitrep:Db</c> names is opened.
    /// </summary>
    public static WebApplicationBuilder AddSitrepDashboard(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => DashboardOptions.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<DashboardOptions>();
            var data = options.DataDirectory ?? KnowledgeBaseLoader.FindBundledData()
                ?? throw new InvalidOperationException("the bundled data directory was not found next to the program");
            return KnowledgeLayers.Read(data);
        });
        services.AddSingleton(sp => new StoreAccess(sp.GetService<IReportStore>()
            ?? ReportStoreFactory.OpenAsync(sp.GetRequiredService<DashboardOptions>().Db).GetAwaiter().GetResult()));
        services.AddSingleton<SnapshotHolder>();
        services.AddSingleton<CorpusHolder>();
        services.AddSingleton<ICorpusView, CorpusView>();
        services.AddSingleton<IDashboardReader, SnapshotReader>();
        services.AddSingleton<ReportIngestor>();
        services.AddHostedService<SnapshotLoader>();
        services.AddProblemDetails();
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Sitrep API";
            doc.Info.Description = "Reports, facts, entities, installations, outlets, zones, search and the corpus analysis (stories, agreements, force levels, contradictions) over a Sitrep store (read-only; POST /api/reports only with an ingest token).";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        return builder;
    }

    public static WebApplication MapSitrepDashboard(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        var files = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapOpenApi();
        var api = app.MapGroup("/api");
        api.MapReadEndpoints();
        api.MapCorpusEndpoints();
        api.MapIngestEndpoint();
        return app;
    }
}
