using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YouTubeStudio.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Generation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "videos",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    channel_id = table.Column<long>(type: "INTEGER", nullable: false),
                    topic = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    failure_reason = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 6000, nullable: true),
                    tags = table.Column<string>(type: "TEXT", nullable: false),
                    duration_seconds = table.Column<double>(type: "REAL", nullable: true),
                    params_json = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    cost_usd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    budget_alerted = table.Column<bool>(type: "INTEGER", nullable: false),
                    content_score = table.Column<int>(type: "INTEGER", nullable: true),
                    youtube_video_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    privacy_status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    publish_at = table.Column<long>(type: "INTEGER", nullable: true),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    upload_session_uri = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_videos", x => x.id);
                    table.ForeignKey(
                        name: "fk_videos_channels_channel_id",
                        column: x => x.channel_id,
                        principalTable: "channels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cost_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    video_id = table.Column<long>(type: "INTEGER", nullable: false),
                    channel_id = table.Column<long>(type: "INTEGER", nullable: false),
                    task_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    units = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    unit_price_usd = table.Column<decimal>(type: "TEXT", precision: 24, scale: 12, nullable: false),
                    amount_usd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cost_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_cost_entries_videos_video_id",
                        column: x => x.video_id,
                        principalTable: "videos",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "generation_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    video_id = table.Column<long>(type: "INTEGER", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    params_json = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    priority = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    timestamp = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    progress = table.Column<int>(type: "INTEGER", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    max_attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    failure_reason = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    queued_at = table.Column<long>(type: "INTEGER", nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: true),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: true),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: true),
                    claimed_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    heartbeat_at = table.Column<long>(type: "INTEGER", nullable: true),
                    cost_usd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    cancel_requested = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_generation_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_generation_tasks_videos_video_id",
                        column: x => x.video_id,
                        principalTable: "videos",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stage_checkpoints",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    video_id = table.Column<long>(type: "INTEGER", nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    output_json = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    cpu_seconds = table.Column<double>(type: "REAL", nullable: false),
                    wall_seconds = table.Column<double>(type: "REAL", nullable: false),
                    cost_usd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stage_checkpoints", x => x.id);
                    table.ForeignKey(
                        name: "fk_stage_checkpoints_videos_video_id",
                        column: x => x.video_id,
                        principalTable: "videos",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "video_status_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    video_id = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_video_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_video_status_changes_videos_video_id",
                        column: x => x.video_id,
                        principalTable: "videos",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cost_entries_channel_id_created_at",
                table: "cost_entries",
                columns: new[] { "channel_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_cost_entries_video_id_created_at",
                table: "cost_entries",
                columns: new[] { "video_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_generation_tasks_status_priority_queued_at",
                table: "generation_tasks",
                columns: new[] { "status", "priority", "queued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_generation_tasks_video_id",
                table: "generation_tasks",
                column: "video_id");

            migrationBuilder.CreateIndex(
                name: "ix_stage_checkpoints_stage_completed_at",
                table: "stage_checkpoints",
                columns: new[] { "stage", "completed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_stage_checkpoints_video_id_stage",
                table: "stage_checkpoints",
                columns: new[] { "video_id", "stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_video_status_changes_video_id_at",
                table: "video_status_changes",
                columns: new[] { "video_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_videos_channel_id_created_at",
                table: "videos",
                columns: new[] { "channel_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_videos_status",
                table: "videos",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cost_entries");

            migrationBuilder.DropTable(
                name: "generation_tasks");

            migrationBuilder.DropTable(
                name: "stage_checkpoints");

            migrationBuilder.DropTable(
                name: "video_status_changes");

            migrationBuilder.DropTable(
                name: "videos");
        }
    }
}
