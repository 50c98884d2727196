using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YouTubeStudio.Core.Channels;

namespace YouTubeStudio.Core.YouTube;

internal sealed class YouTubeCredentialConfiguration : IEntityTypeConfiguration<YouTubeCredential>
{
    public void Configure(EntityTypeBuilder<YouTubeCredential> builder)
    {
        builder.ToTable("youtube_credentials");
        builder.HasOne<Channel>().WithMany().HasForeignKey(c => c.ChannelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.ChannelId).IsUnique();
        builder.HasIndex(c => c.Key).IsUnique();
        builder.Property(c => c.Key).HasMaxLength(200);
        builder.Property(c => c.ProtectedToken).HasMaxLength(20_000);
        builder.Property(c => c.Scopes).HasMaxLength(2000);
        builder.Property(c => c.LastError).HasMaxLength(2000);
    }
}

internal sealed class QuotaLedgerEntryConfiguration : IEntityTypeConfiguration<QuotaLedgerEntry>
{
    public void Configure(EntityTypeBuilder<QuotaLedgerEntry> builder)
    {
        builder.ToTable("youtube_quota_ledger");
        builder.Property(q => q.Operation).HasMaxLength(64);
        builder.HasIndex(q => q.Day);
    }
}
