using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Core.Analytics;

internal sealed class ChannelAnalyticsConfiguration : IEntityTypeConfiguration<ChannelAnalytics>
{
    public void Configure(EntityTypeBuilder<ChannelAnalytics> builder)
    {
        builder.ToTable("channel_analytics");
        builder.HasOne<Channel>().WithMany().HasForeignKey(a => a.ChannelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ChannelId, a.Date }).IsUnique();
        builder.Property(a => a.EstimatedRevenueUsd).HasPrecision(18, 6);
        builder.Property(a => a.Source).HasMaxLength(16);
    }
}

internal sealed class VideoAnalyticsConfiguration : IEntityTypeConfiguration<VideoAnalytics>
{
    public void Configure(EntityTypeBuilder<VideoAnalytics> builder)
    {
        builder.ToTable("video_analytics");
        builder.HasOne<Channel>().WithMany().HasForeignKey(a => a.ChannelId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.YouTubeVideoId).HasColumnName("youtube_video_id").HasMaxLength(32);
        builder.HasIndex(a => new { a.YouTubeVideoId, a.Date }).IsUnique();
        builder.HasIndex(a => new { a.ChannelId, a.Date });
        builder.Property(a => a.EstimatedRevenueUsd).HasPrecision(18, 6);
        builder.Property(a => a.Source).HasMaxLength(16);
    }
}

internal sealed class ChannelVideoConfiguration : IEntityTypeConfiguration<ChannelVideo>
{
    public void Configure(EntityTypeBuilder<ChannelVideo> builder)
    {
        builder.ToTable("youtube_videos");
        builder.HasOne<Channel>().WithMany().HasForeignKey(v => v.ChannelId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.YouTubeVideoId).HasColumnName("youtube_video_id").HasMaxLength(32);
        builder.HasIndex(v => new { v.ChannelId, v.YouTubeVideoId }).IsUnique();
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Description).HasMaxLength(6000);
        builder.Property(v => v.CategoryId).HasMaxLength(8);
        builder.Property(v => v.Source).HasMaxLength(16);
        builder.Property(v => v.Tags).HasJsonConversion()
            .HasMaxLength(4000);
    }
}
