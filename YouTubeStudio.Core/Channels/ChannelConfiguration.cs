using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace YouTubeStudio.Core.Channels;

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.ToTable("channels");
        builder.Property(c => c.Name).HasMaxLength(ChannelRules.NameMaxLength).IsRequired();
        // Unique across the installation; the case-folded copy makes "Tech" and "tech" collide on every provider.
        builder.Property(c => c.NormalizedName).HasMaxLength(ChannelRules.NameMaxLength).IsRequired();
        builder.HasIndex(c => c.NormalizedName).IsUnique();
        builder.Property(c => c.YouTubeChannelId).HasColumnName("youtube_channel_id").HasMaxLength(64);
        builder.Property(c => c.YouTubeHandle).HasColumnName("youtube_handle").HasMaxLength(100);
        builder.Property(c => c.Niche).HasMaxLength(ChannelRules.NicheMaxLength);
        builder.Property(c => c.Language).HasMaxLength(16);
        builder.Property(c => c.ContentType).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.DefaultVoice).HasMaxLength(64);
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        builder.Property(c => c.YouTubeTitle).HasColumnName("youtube_title").HasMaxLength(200);
        builder.Property(c => c.YouTubeThumbnailUrl).HasColumnName("youtube_thumbnail_url").HasMaxLength(1000);
        builder.Property(c => c.YouTubeViewCount).HasColumnName("youtube_view_count");
        builder.Property(c => c.YouTubeVideoCount).HasColumnName("youtube_video_count");
        builder.Property(c => c.UploadsPlaylistId).HasMaxLength(64);
        builder.Property(c => c.BudgetAlertUsd).HasPrecision(18, 6);
        builder.Property(c => c.BudgetCapUsd).HasPrecision(18, 6);
    }
}
