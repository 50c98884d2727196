using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Costs;

internal sealed class CostEntryConfiguration : IEntityTypeConfiguration<CostEntry>
{
    public void Configure(EntityTypeBuilder<CostEntry> builder)
    {
        builder.ToTable("cost_entries");
        builder.HasOne<Video>().WithMany().HasForeignKey(c => c.VideoId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Stage).HasMaxLength(32);
        builder.Property(c => c.Provider).HasMaxLength(64);
        builder.Property(c => c.Unit).HasMaxLength(32);
        builder.Property(c => c.Units).HasPrecision(20, 6);
        // Unit prices are tiny (a CPU second costs ~0.0000278 USD): keep 12 places.
        builder.Property(c => c.UnitPriceUsd).HasPrecision(24, 12);
        builder.Property(c => c.AmountUsd).HasPrecision(18, 6);
        builder.HasIndex(c => new { c.VideoId, c.CreatedAt });
        builder.HasIndex(c => new { c.ChannelId, c.CreatedAt });
    }
}
