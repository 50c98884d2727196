using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using YouTubeStudio.Core.Analytics;
using YouTubeStudio.Core.Audit;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Costs;
using YouTubeStudio.Core.Generation;
using YouTubeStudio.Core.Insights;
using YouTubeStudio.Core.Videos;
using YouTubeStudio.Core.YouTube;
using YouTubeStudio.Core.Identity;

namespace YouTubeStudio.Core.Data;

/// <summary>
/// The one database of the installation. Each provider has a subclass that owns its migration set;
/// services depend on this base type only.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<Video> Videos => Set<Video>();
    public DbSet<VideoStatusChange> VideoStatusChanges => Set<VideoStatusChange>();
    public DbSet<GenerationTask> GenerationTasks => Set<GenerationTask>();
    public DbSet<StageCheckpoint> StageCheckpoints => Set<StageCheckpoint>();
    public DbSet<CostEntry> CostEntries => Set<CostEntry>();
    public DbSet<YouTubeCredential> YouTubeCredentials => Set<YouTubeCredential>();
    public DbSet<QuotaLedgerEntry> QuotaLedger => Set<QuotaLedgerEntry>();
    public DbSet<ChannelAnalytics> ChannelAnalytics => Set<ChannelAnalytics>();
    public DbSet<VideoAnalytics> VideoAnalytics => Set<VideoAnalytics>();
    public DbSet<ChannelVideo> ChannelVideos => Set<ChannelVideo>();
    public DbSet<ModelVersion> ModelVersions => Set<ModelVersion>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Invite> Invites => Set<Invite>();
    public DbSet<AppSetting> AppSettings => Set<AppSetting>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ApplicationUser>().ToTable("users");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRole>().ToTable("roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserPasskey<string>>().ToTable("user_passkeys");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
