using YouTubeStudio.Web.Components;

var builder = WebApplication.CreateBuilder(args);
if (builder.RunBackupCommandLine(args) is int exitCode) return exitCode;
builder.ApplyPendingRestore();

builder.Services.AddAppDatabase(builder.Configuration);
builder.Services.AddStudioIdentity(builder.Configuration);
builder.Services.AddAudit();
builder.Services.AddAccounts();
builder.Services.AddChannels();
builder.Services.AddGeneration();
builder.Services.AddYouTubeIntegration();
builder.Services.AddAnalytics();
builder.Services.AddInsights();
builder.Services.AddInsightsApp();
builder.Services.AddBackups();
builder.Services.AddNotifications();
builder.Services.AddStudioJobs(builder.Configuration);
builder.Services.AddStudioApi();
builder.Services.AddStudioHealth();
builder.Services.AddStudioObservability();
builder.Services.AddStudioUi();

var app = builder.Build();

app.UseStudioPipeline();
app.MapStudioHealth();
app.MapStudioObservability();
app.MapStudioApi();
app.MapStudioUi();

app.Run();
return 0;

/// <summary>Entry point; public so tests can start the app with WebApplicationFactory.</summary>
public partial class Program;
