using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Data;

namespace YouTubeStudio.Core.Videos;

internal sealed class VideoConfiguration : IEntityTypeConfiguration<Video>
{
    public void Configure(EntityTypeBuilder<Video> builder)
    {
        builder.ToTable("videos");
        builder.HasOne<Channel>().WithMany().HasForeignKey(v => v.ChannelId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Topic).HasMaxLength(500).IsRequired();
        builder.Property(v => v.Format).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Status).HasConversion(s => s.ToWire(), s => Parse(s)).HasMaxLength(32);
        builder.Property(v => v.FailureReason).HasMaxLength(64);
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Description).HasMaxLength(6000);
        builder.Property(v => v.Tags).HasJsonConversion();
        builder.Property(v => v.ParamsJson).HasMaxLength(4000);
        builder.Property(v => v.CostUsd).HasPrecision(18, 6);
        builder.Property(v => v.YouTubeVideoId).HasColumnName("youtube_video_id").HasMaxLength(32);
        builder.Property(v => v.PrivacyStatus).HasMaxLength(16);
        builder.Property(v => v.UploadSessionUri).HasMaxLength(2000);
        builder.HasIndex(v => new { v.ChannelId, v.CreatedAt });
        builder.HasIndex(v => v.Status);
        builder.HasMany(v => v.History).WithOne().HasForeignKey(h => h.VideoId).OnDelete(DeleteBehavior.Cascade);
    }

    internal static VideoStatus Parse(string s) => VideoStatusExtensions.TryParseWire(s, out var status) ? status : VideoStatus.Draft;
}

internal sealed class VideoStatusChangeConfiguration : IEntityTypeConfiguration<VideoStatusChange>
{
    public void Configure(EntityTypeBuilder<VideoStatusChange> builder)
    {
        builder.ToTable("video_status_changes");
        builder.Property(h => h.Status).HasConversion(s => s.ToWire(), s => VideoConfiguration.Parse(s)).HasMaxLength(32);
        builder.Property(h => h.Note).HasMaxLength(2000);
        builder.HasIndex(h => new { h.VideoId, h.At });
    }
}
