using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Pst.Products.Maps.Export;

/// <summary>
/// The map as an OGC GeoPackage 1.3: one feature table of MULTIPOLYGON in EPSG:4326 with the fields as TEXT
/// columns, registered in gpkg_contents and gpkg_geometry_columns with its extent, geometries as GeoPackage blobs.
/// </summary>
public static class GeoPackageExport
{
    public const string ContentType = "application/geopackage+sqlite3";

    public static void Write(WorkAreaMap map, string path)
    {
        var table = map.Level == Boundaries.BoundaryLevel.District ? "kecamatan" : "desa";
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString()))
        {
            connection.Open();
            Execute(connection, "PRAGMA application_id = 1196444487; PRAGMA user_version = 10300; BEGIN;");
            Execute(connection, """
                CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
                CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
                CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
                INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system');
                INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
                """);
            Execute(connection, "INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, $wkt, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')",
                ("$wkt", Wgs84Wkt));

            var columns = string.Join(", ", map.Fields.Select(f => $"\"{f.Name}\" TEXT"));
            Execute(connection, $"CREATE TABLE \"{table}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON, {columns})");
            var extent = new Envelope();
            // XY only, as gpkg_geometry_columns declares (z = 0, m = 0): the writer's default adds NaN Z and M, whose
            // blobs (MULTIPOLYGON ZM, an XYZM envelope) GDAL and QGIS read as empty geometries.
            var writer = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY };
            using (var insert = connection.CreateCommand())
            {
                insert.CommandText = $"INSERT INTO \"{table}\" (geom, {string.Join(", ", map.Fields.Select(f => $"\"{f.Name}\""))}) VALUES ($geom, {string.Join(", ", map.Fields.Select((_, i) => "$f" + i))})";
                var geometry = insert.Parameters.Add("$geom", SqliteType.Blob);
                var values = map.Fields.Select((_, i) => insert.Parameters.Add("$f" + i, SqliteType.Text)).ToList();
                foreach (var feature in map.Features)
                {
                    var multi = AsMultiPolygon(feature.Area.Geometry);
                    extent.ExpandToInclude(multi.EnvelopeInternal);
                    geometry.Value = writer.Write(multi);
                    var i = 0;
                    foreach (var (_, value) in map.ValuesOf(feature))
                    {
                        values[i++].Value = (object?)value ?? DBNull.Value;
                    }

                    insert.ExecuteNonQuery();
                }
            }

            Execute(connection, "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) VALUES ($t, 'features', $t, $d, $x0, $y0, $x1, $y1, 4326)",
                ("$t", table), ("$d", map.Title), ("$x0", extent.MinX), ("$y0", extent.MinY), ("$x1", extent.MaxX), ("$y1", extent.MaxY));
            Execute(connection, "INSERT INTO gpkg_geometry_columns VALUES ($t, 'geom', 'MULTIPOLYGON', 4326, 0, 0)", ("$t", table));
            Execute(connection, "COMMIT");
        }
    }

    /// <summary>EPSG:4326 in OGC WKT, as GeoPackage's gpkg_spatial_ref_sys expects it.</summary>
    public const string Wgs84Wkt = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    private static MultiPolygon AsMultiPolygon(Geometry geometry)
    {
        var multi = geometry as MultiPolygon ?? geometry.Factory.CreateMultiPolygon([(Polygon)geometry]);
        multi.SRID = 4326;
        return multi;
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
