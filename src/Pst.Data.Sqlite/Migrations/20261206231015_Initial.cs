using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pst.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search of published pages (PageSearchIndex): FTS5, accents folded.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"Content_Search\" USING fts5(\"PageId\" UNINDEXED, \"Language\" UNINDEXED, \"Slug\" UNINDEXED, \"Title\", \"Text\", tokenize = 'unicode61 remove_diacritics 2');");

            migrationBuilder.CreateTable(
                name: "Account_Roles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Account_Roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Account_Users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdentityDocumentType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IdentityNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Segment = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Institution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Npwp = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Domicile = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PreferredLanguage = table.Column<string>(type: "TEXT", nullable: true),
                    MustChangePassword = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Account_Users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Content_Media",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    AltText = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Media", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Content_MenuItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Menu = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_MenuItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Content_Menus",
                columns: table => new
                {
                    Menu = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Menus", x => new { x.Menu, x.Language });
                });

            migrationBuilder.CreateTable(
                name: "Content_Pages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TranslationGroup = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecipeKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ConcurrencyStamp = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Pages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Core_CatalogueItems",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProductTypeId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Attributes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_CatalogueItems", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Core_Counters",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_Counters", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Core_DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Core_Features",
                columns: table => new
                {
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_Features", x => x.ModuleId);
                });

            migrationBuilder.CreateTable(
                name: "Core_Holidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_Holidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "Core_IssuedDocuments",
                columns: table => new
                {
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequestNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_IssuedDocuments", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "Core_OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    To = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    HtmlBody = table.Column<string>(type: "TEXT", nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AbandonedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Core_RecipeRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AppliedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AppliedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_RecipeRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Core_Settings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_Settings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Core_TariffSchedules",
                columns: table => new
                {
                    Regulation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Confirmed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_TariffSchedules", x => x.Regulation);
                });

            migrationBuilder.CreateTable(
                name: "Feedback_ComplaintReminders",
                columns: table => new
                {
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedback_ComplaintReminders", x => new { x.ComplaintId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "Feedback_Complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CustomerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Concerns = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AttachmentFileId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AttachmentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssignedTo = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssignedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FirstRespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedback_Complaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Feedback_SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TicketId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Counter = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProductTypes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Scores = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedback_SurveyResponses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Maps_Areas",
                columns: table => new
                {
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    KemendagriCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    BpsName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Boundary = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Maps_Areas", x => new { x.Level, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "Maps_Editions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Licence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Provinces = table.Column<int>(type: "INTEGER", nullable: false),
                    Regencies = table.Column<int>(type: "INTEGER", nullable: false),
                    Districts = table.Column<int>(type: "INTEGER", nullable: false),
                    Villages = table.Column<int>(type: "INTEGER", nullable: false),
                    Repairs = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Maps_Editions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Microdata_Variables",
                columns: table => new
                {
                    DatasetCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Decimals = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Question = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Universe = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ValueLabelsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Microdata_Variables", x => new { x.DatasetCode, x.Position });
                });

            migrationBuilder.CreateTable(
                name: "Ordering_NotificationTemplates",
                columns: table => new
                {
                    Event = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ordering_NotificationTemplates", x => new { x.Event, x.Language });
                });

            migrationBuilder.CreateTable(
                name: "Ordering_Requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CustomerEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CustomerInstitution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CustomerSegment = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CustomerDomicile = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CustomerNpwp = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ZeroTariffCategory = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ZeroTariffPurpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ZeroTariffDecision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ZeroTariffRefusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Handover = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NeedsAgreement = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignedAgreementFileId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ordering_Requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ordering_SentReminders",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ordering_SentReminders", x => new { x.RequestId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "Payments_Billings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments_Billings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Payments_Payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    BillingCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    Ntpn = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Ntb = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Bank = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments_Payments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Payments_Receipts",
                columns: table => new
                {
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments_Receipts", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "Payments_SimulatedBillings",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    RequestNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PayerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Ntpn = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Ntb = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Bank = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments_SimulatedBillings", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Payments_TransferProofs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments_TransferProofs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WalkIn_Counters",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ServiceCodes = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WalkIn_Counters", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "WalkIn_GuestBook",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IdentityDocumentType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IdentityNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Institution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Segment = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TicketId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WalkIn_GuestBook", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WalkIn_Services",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WalkIn_Services", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "WalkIn_Tickets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Priority = table.Column<bool>(type: "INTEGER", nullable: false),
                    TargetCounterCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CounterCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CalledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Calls = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NoShowAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WalkIn_Tickets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Account_RoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Account_RoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Account_RoleClaims_Account_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Account_Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Account_UserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Account_UserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Account_UserClaims_Account_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Account_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Account_UserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Account_UserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_Account_UserLogins_Account_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Account_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Account_UserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Account_UserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_Account_UserRoles_Account_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Account_Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Account_UserRoles_Account_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Account_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Account_UserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Account_UserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_Account_UserTokens_Account_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Account_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Content_PageVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Sections = table.Column<string>(type: "TEXT", nullable: false),
                    EditorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PageId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_PageVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Content_PageVersions_Content_Pages_PageId",
                        column: x => x.PageId,
                        principalTable: "Content_Pages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Core_TariffItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Regulation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Core_TariffItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Core_TariffItems_Core_TariffSchedules_Regulation",
                        column: x => x.Regulation,
                        principalTable: "Core_TariffSchedules",
                        principalColumn: "Regulation",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Feedback_ComplaintMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedback_ComplaintMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Feedback_ComplaintMessages_Feedback_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Feedback_Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Ordering_IssuedFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FileId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    Replaced = table.Column<bool>(type: "INTEGER", nullable: false),
                    AvailableUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    DownloadCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ordering_IssuedFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ordering_IssuedFiles_Ordering_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Ordering_Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Ordering_RequestDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ordering_RequestDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ordering_RequestDocuments_Ordering_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Ordering_Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Ordering_RequestLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProductTypeId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ItemTitle = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChoicesJson = table.Column<string>(type: "TEXT", nullable: false),
                    MeasuresJson = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    InvoicedJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ordering_RequestLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ordering_RequestLines_Ordering_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Ordering_Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Ordering_RequestTransitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ordering_RequestTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ordering_RequestTransitions_Ordering_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Ordering_Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Account_RoleClaims_RoleId",
                table: "Account_RoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "Account_Roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Account_UserClaims_UserId",
                table: "Account_UserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Account_UserLogins_UserId",
                table: "Account_UserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Account_UserRoles_RoleId",
                table: "Account_UserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "Account_Users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "Account_Users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Content_MenuItems_Menu_Language_Position",
                table: "Content_MenuItems",
                columns: new[] { "Menu", "Language", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Content_Pages_Language_Slug",
                table: "Content_Pages",
                columns: new[] { "Language", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Content_Pages_RecipeKey_Language",
                table: "Content_Pages",
                columns: new[] { "RecipeKey", "Language" });

            migrationBuilder.CreateIndex(
                name: "IX_Content_Pages_TranslationGroup",
                table: "Content_Pages",
                column: "TranslationGroup");

            migrationBuilder.CreateIndex(
                name: "IX_Content_PageVersions_PageId_Number",
                table: "Content_PageVersions",
                columns: new[] { "PageId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Core_CatalogueItems_ProductTypeId",
                table: "Core_CatalogueItems",
                column: "ProductTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_Core_OutboxMessages_SentAt_NextAttemptAt",
                table: "Core_OutboxMessages",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Core_TariffItems_Regulation_Code",
                table: "Core_TariffItems",
                columns: new[] { "Regulation", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Core_TariffSchedules_EffectiveFrom",
                table: "Core_TariffSchedules",
                column: "EffectiveFrom",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_ComplaintMessages_ComplaintId",
                table: "Feedback_ComplaintMessages",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_Complaints_Number",
                table: "Feedback_Complaints",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_Complaints_ReceivedAt",
                table: "Feedback_Complaints",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_Complaints_State",
                table: "Feedback_Complaints",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_SurveyResponses_AnsweredAt",
                table: "Feedback_SurveyResponses",
                column: "AnsweredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_SurveyResponses_RequestId",
                table: "Feedback_SurveyResponses",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_SurveyResponses_TicketId",
                table: "Feedback_SurveyResponses",
                column: "TicketId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Maps_Areas_Level_ParentCode",
                table: "Maps_Areas",
                columns: new[] { "Level", "ParentCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Maps_Editions_ImportedAt",
                table: "Maps_Editions",
                column: "ImportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Microdata_Variables_DatasetCode_Name",
                table: "Microdata_Variables",
                columns: new[] { "DatasetCode", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ordering_IssuedFiles_RequestId",
                table: "Ordering_IssuedFiles",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Ordering_RequestDocuments_RequestId",
                table: "Ordering_RequestDocuments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Ordering_RequestLines_RequestId",
                table: "Ordering_RequestLines",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Ordering_Requests_CustomerId_CreatedAt",
                table: "Ordering_Requests",
                columns: new[] { "CustomerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Ordering_Requests_Number",
                table: "Ordering_Requests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ordering_Requests_State",
                table: "Ordering_Requests",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_Ordering_RequestTransitions_RequestId",
                table: "Ordering_RequestTransitions",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_Billings_Code",
                table: "Payments_Billings",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_Billings_RequestId",
                table: "Payments_Billings",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_Payments_RequestId",
                table: "Payments_Payments",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_Receipts_RequestId",
                table: "Payments_Receipts",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_TransferProofs_RequestId",
                table: "Payments_TransferProofs",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_WalkIn_GuestBook_Email",
                table: "WalkIn_GuestBook",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_WalkIn_GuestBook_IdentityNumber",
                table: "WalkIn_GuestBook",
                column: "IdentityNumber");

            migrationBuilder.CreateIndex(
                name: "IX_WalkIn_GuestBook_RequestId",
                table: "WalkIn_GuestBook",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_WalkIn_GuestBook_TicketId",
                table: "WalkIn_GuestBook",
                column: "TicketId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WalkIn_GuestBook_VisitedAt",
                table: "WalkIn_GuestBook",
                column: "VisitedAt");

            migrationBuilder.CreateIndex(
                name: "IX_WalkIn_Tickets_Day_ServiceCode_Sequence",
                table: "WalkIn_Tickets",
                columns: new[] { "Day", "ServiceCode", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WalkIn_Tickets_Day_State",
                table: "WalkIn_Tickets",
                columns: new[] { "Day", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE \"Content_Search\";");

            migrationBuilder.DropTable(
                name: "Account_RoleClaims");

            migrationBuilder.DropTable(
                name: "Account_UserClaims");

            migrationBuilder.DropTable(
                name: "Account_UserLogins");

            migrationBuilder.DropTable(
                name: "Account_UserRoles");

            migrationBuilder.DropTable(
                name: "Account_UserTokens");

            migrationBuilder.DropTable(
                name: "Content_Media");

            migrationBuilder.DropTable(
                name: "Content_MenuItems");

            migrationBuilder.DropTable(
                name: "Content_Menus");

            migrationBuilder.DropTable(
                name: "Content_PageVersions");

            migrationBuilder.DropTable(
                name: "Core_CatalogueItems");

            migrationBuilder.DropTable(
                name: "Core_Counters");

            migrationBuilder.DropTable(
                name: "Core_DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Core_Features");

            migrationBuilder.DropTable(
                name: "Core_Holidays");

            migrationBuilder.DropTable(
                name: "Core_IssuedDocuments");

            migrationBuilder.DropTable(
                name: "Core_OutboxMessages");

            migrationBuilder.DropTable(
                name: "Core_RecipeRuns");

            migrationBuilder.DropTable(
                name: "Core_Settings");

            migrationBuilder.DropTable(
                name: "Core_TariffItems");

            migrationBuilder.DropTable(
                name: "Feedback_ComplaintMessages");

            migrationBuilder.DropTable(
                name: "Feedback_ComplaintReminders");

            migrationBuilder.DropTable(
                name: "Feedback_SurveyResponses");

            migrationBuilder.DropTable(
                name: "Maps_Areas");

            migrationBuilder.DropTable(
                name: "Maps_Editions");

            migrationBuilder.DropTable(
                name: "Microdata_Variables");

            migrationBuilder.DropTable(
                name: "Ordering_IssuedFiles");

            migrationBuilder.DropTable(
                name: "Ordering_NotificationTemplates");

            migrationBuilder.DropTable(
                name: "Ordering_RequestDocuments");

            migrationBuilder.DropTable(
                name: "Ordering_RequestLines");

            migrationBuilder.DropTable(
                name: "Ordering_RequestTransitions");

            migrationBuilder.DropTable(
                name: "Ordering_SentReminders");

            migrationBuilder.DropTable(
                name: "Payments_Billings");

            migrationBuilder.DropTable(
                name: "Payments_Payments");

            migrationBuilder.DropTable(
                name: "Payments_Receipts");

            migrationBuilder.DropTable(
                name: "Payments_SimulatedBillings");

            migrationBuilder.DropTable(
                name: "Payments_TransferProofs");

            migrationBuilder.DropTable(
                name: "WalkIn_Counters");

            migrationBuilder.DropTable(
                name: "WalkIn_GuestBook");

            migrationBuilder.DropTable(
                name: "WalkIn_Services");

            migrationBuilder.DropTable(
                name: "WalkIn_Tickets");

            migrationBuilder.DropTable(
                name: "Account_Roles");

            migrationBuilder.DropTable(
                name: "Account_Users");

            migrationBuilder.DropTable(
                name: "Content_Pages");

            migrationBuilder.DropTable(
                name: "Core_TariffSchedules");

            migrationBuilder.DropTable(
                name: "Feedback_Complaints");

            migrationBuilder.DropTable(
                name: "Ordering_Requests");
        }
    }
}
