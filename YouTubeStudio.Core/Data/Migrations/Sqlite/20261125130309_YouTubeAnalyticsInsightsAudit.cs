using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YouTubeStudio.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class YouTubeAnalyticsInsightsAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "last_analytics_pull_at",
                table: "channels",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "subscriber_count",
                table: "channels",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "uploads_playlist_id",
                table: "channels",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "youtube_thumbnail_url",
                table: "channels",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "youtube_title",
                table: "channels",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "youtube_video_count",
                table: "channels",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "youtube_view_count",
                table: "channels",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_used_at = table.Column<long>(type: "INTEGER", nullable: true),
                    revoked_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    user_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    target = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ip_address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "channel_analytics",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    channel_id = table.Column<long>(type: "INTEGER", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    views = table.Column<long>(type: "INTEGER", nullable: false),
                    watch_minutes = table.Column<double>(type: "REAL", nullable: false),
                    average_view_duration_seconds = table.Column<double>(type: "REAL", nullable: false),
                    subscribers_gained = table.Column<long>(type: "INTEGER", nullable: false),
                    subscribers_lost = table.Column<long>(type: "INTEGER", nullable: false),
                    likes = table.Column<long>(type: "INTEGER", nullable: false),
                    comments = table.Column<long>(type: "INTEGER", nullable: false),
                    shares = table.Column<long>(type: "INTEGER", nullable: false),
                    estimated_revenue_usd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    impressions = table.Column<long>(type: "INTEGER", nullable: true),
                    impressions_ctr = table.Column<double>(type: "REAL", nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_channel_analytics", x => x.id);
                    table.ForeignKey(
                        name: "fk_channel_analytics_channels_channel_id",
                        column: x => x.channel_id,
                        principalTable: "channels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "model_versions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    channel_id = table.Column<long>(type: "INTEGER", nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    trained_at = table.Column<long>(type: "INTEGER", nullable: false),
                    sample_count = table.Column<int>(type: "INTEGER", nullable: false),
                    metrics_json = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    model_bytes = table.Column<byte[]>(type: "BLOB", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_model_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "video_analytics",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    channel_id = table.Column<long>(type: "INTEGER", nullable: false),
                    youtube_video_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    views = table.Column<long>(type: "INTEGER", nullable: false),
                    watch_minutes = table.Column<double>(type: "REAL", nullable: false),
                    average_view_duration_seconds = table.Column<double>(type: "REAL", nullable: false),
                    likes = table.Column<long>(type: "INTEGER", nullable: false),
                    comments = table.Column<long>(type: "INTEGER", nullable: false),
                    shares = table.Column<long>(type: "INTEGER", nullable: false),
                    subscribers_gained = table.Column<long>(type: "INTEGER", nullable: false),
                    estimated_revenue_usd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_video_analytics", x => x.id);
                    table.ForeignKey(
                        name: "fk_video_analytics_channels_channel_id",
                        column: x => x.channel_id,
                        principalTable: "channels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "youtube_credentials",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    channel_id = table.Column<long>(type: "INTEGER", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    protected_token = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    scopes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    connected_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    needs_reconnect = table.Column<bool>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_youtube_credentials", x => x.id);
                    table.ForeignKey(
                        name: "fk_youtube_credentials_channels_channel_id",
                        column: x => x.channel_id,
                        principalTable: "channels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "youtube_quota_ledger",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    operation = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    units = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_youtube_quota_ledger", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "youtube_videos",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    channel_id = table.Column<long>(type: "INTEGER", nullable: false),
                    youtube_video_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    video_id = table.Column<long>(type: "INTEGER", nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 6000, nullable: false),
                    tags = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    category_id = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    duration_seconds = table.Column<double>(type: "REAL", nullable: true),
                    views = table.Column<long>(type: "INTEGER", nullable: false),
                    likes = table.Column<long>(type: "INTEGER", nullable: false),
                    comments = table.Column<long>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_youtube_videos", x => x.id);
                    table.ForeignKey(
                        name: "fk_youtube_videos_channels_channel_id",
                        column: x => x.channel_id,
                        principalTable: "channels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_hash",
                table: "api_keys",
                column: "hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_at",
                table: "audit_events",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_channel_analytics_channel_id_date",
                table: "channel_analytics",
                columns: new[] { "channel_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_model_versions_kind_channel_id_version",
                table: "model_versions",
                columns: new[] { "kind", "channel_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_video_analytics_channel_id_date",
                table: "video_analytics",
                columns: new[] { "channel_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_video_analytics_youtube_video_id_date",
                table: "video_analytics",
                columns: new[] { "youtube_video_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_youtube_credentials_channel_id",
                table: "youtube_credentials",
                column: "channel_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_youtube_credentials_key",
                table: "youtube_credentials",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_youtube_quota_ledger_day",
                table: "youtube_quota_ledger",
                column: "day");

            migrationBuilder.CreateIndex(
                name: "ix_youtube_videos_channel_id_youtube_video_id",
                table: "youtube_videos",
                columns: new[] { "channel_id", "youtube_video_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "channel_analytics");

            migrationBuilder.DropTable(
                name: "model_versions");

            migrationBuilder.DropTable(
                name: "video_analytics");

            migrationBuilder.DropTable(
                name: "youtube_credentials");

            migrationBuilder.DropTable(
                name: "youtube_quota_ledger");

            migrationBuilder.DropTable(
                name: "youtube_videos");

            migrationBuilder.DropColumn(
                name: "last_analytics_pull_at",
                table: "channels");

            migrationBuilder.DropColumn(
                name: "subscriber_count",
                table: "channels");

            migrationBuilder.DropColumn(
                name: "uploads_playlist_id",
                table: "channels");

            migrationBuilder.DropColumn(
                name: "youtube_thumbnail_url",
                table: "channels");

            migrationBuilder.DropColumn(
                name: "youtube_title",
                table: "channels");

            migrationBuilder.DropColumn(
                name: "youtube_video_count",
                table: "channels");

            migrationBuilder.DropColumn(
                name: "youtube_view_count",
                table: "channels");
        }
    }
}
