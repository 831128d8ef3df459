// SPDX-License-Identifier: Apache-2.0
#include "pgddlreader.h"

#include "core/error.h"
#include "pgddlnames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <pg_query.h>

namespace fkscope {

Q_LOGGING_CATEGORY(lcDdl, "fkscope.pg.ddl", QtInfoMsg)

using namespace pgddl;

namespace {

QString keyOf(const QString &schema, const QString &name)
{
    return schema + QChar(0) + name;
}

QString keyOf(const TableRef &ref)
{
    return keyOf(ref.schema, ref.name);
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QJsonArray arr(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// The single node of a {"NodeType": {...}} wrapper.
QPair<QString, QJsonObject> node(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    if (o.isEmpty())
        return {};
    return {o.begin().key(), o.begin().value().toObject()};
}

std::optional<FkAction> action(const QString &code)
{
    return code.isEmpty() ? std::optional(FkAction::NoAction) : fkActionFromPgCode(code.at(0).toLatin1());
}

// A default as pg_get_expr prints it on the default search_path: pg_dump qualifies sequences
// ('public.t_id_seq'::regclass) where the catalog's text does not.
QString defaultText(QString text)
{
    static const QRegularExpression publicRegclass(QStringLiteral("'public\\.([^']*)'::regclass"));
    static const QRegularExpression publicCast(QStringLiteral("::public\\."));
    return text.replace(publicRegclass, QStringLiteral("'\\1'::regclass")).replace(publicCast, QStringLiteral("::"));
}

// A qualified name as a parse tree's list of names (["public", "t"]) gives it: as a RangeVar.
QJsonObject rangeVarOf(const QStringList &names)
{
    QJsonObject rv;
    rv.insert(QStringLiteral("relname"), names.value(names.size() - 1));
    if (names.size() > 1)
        rv.insert(QStringLiteral("schemaname"), names.value(names.size() - 2));
    return rv;
}

Column *columnOf(Table *table, const QString &name)
{
    const int i = table->columnIndex(name);
    return i < 0 ? nullptr : &table->columns[i];
}

// Statements that cannot change the foreign-key graph.
bool isIrrelevant(const QString &type)
{
    static const QSet<QString> kinds{
        QStringLiteral("InsertStmt"), QStringLiteral("UpdateStmt"), QStringLiteral("DeleteStmt"), QStringLiteral("SelectStmt"),
        QStringLiteral("MergeStmt"), QStringLiteral("CopyStmt"), QStringLiteral("TransactionStmt"), QStringLiteral("GrantStmt"),
        QStringLiteral("GrantRoleStmt"), QStringLiteral("AlterDefaultPrivilegesStmt"), QStringLiteral("CreateRoleStmt"),
        QStringLiteral("AlterRoleStmt"), QStringLiteral("AlterRoleSetStmt"), QStringLiteral("DropRoleStmt"), QStringLiteral("AlterOwnerStmt"),
        QStringLiteral("CreateFunctionStmt"), QStringLiteral("AlterFunctionStmt"), QStringLiteral("CreateSeqStmt"), QStringLiteral("AlterSeqStmt"),
        QStringLiteral("CreateExtensionStmt"), QStringLiteral("AlterExtensionStmt"), QStringLiteral("AlterExtensionContentsStmt"),
        QStringLiteral("CreateEnumStmt"), QStringLiteral("AlterEnumStmt"), QStringLiteral("CompositeTypeStmt"), QStringLiteral("CreateDomainStmt"),
        QStringLiteral("AlterDomainStmt"), QStringLiteral("CreateRangeStmt"), QStringLiteral("DefineStmt"), QStringLiteral("ViewStmt"),
        QStringLiteral("RuleStmt"), QStringLiteral("CreateEventTrigStmt"), QStringLiteral("AlterEventTrigStmt"), QStringLiteral("CreateCastStmt"),
        QStringLiteral("CreateOpClassStmt"), QStringLiteral("CreateOpFamilyStmt"), QStringLiteral("AlterOpFamilyStmt"),
        QStringLiteral("CreateConversionStmt"), QStringLiteral("CreateTransformStmt"), QStringLiteral("CreateAmStmt"),
        QStringLiteral("CreatePublicationStmt"), QStringLiteral("AlterPublicationStmt"), QStringLiteral("CreateSubscriptionStmt"),
        QStringLiteral("AlterSubscriptionStmt"), QStringLiteral("DropSubscriptionStmt"), QStringLiteral("CreateStatsStmt"),
        QStringLiteral("AlterStatsStmt"), QStringLiteral("CreateForeignServerStmt"), QStringLiteral("AlterForeignServerStmt"),
        QStringLiteral("CreateFdwStmt"), QStringLiteral("AlterFdwStmt"), QStringLiteral("CreateUserMappingStmt"),
        QStringLiteral("AlterUserMappingStmt"), QStringLiteral("DropUserMappingStmt"), QStringLiteral("SecLabelStmt"),
        QStringLiteral("AlterTSConfigurationStmt"), QStringLiteral("AlterTSDictionaryStmt"), QStringLiteral("CreatePLangStmt"),
        QStringLiteral("VacuumStmt"), QStringLiteral("ClusterStmt"), QStringLiteral("LockStmt"), QStringLiteral("ExplainStmt"),
        QStringLiteral("RefreshMatViewStmt"), QStringLiteral("ReindexStmt"), QStringLiteral("CheckPointStmt"), QStringLiteral("NotifyStmt"),
        QStringLiteral("ListenStmt"), QStringLiteral("UnlistenStmt"), QStringLiteral("VariableShowStmt"), QStringLiteral("DiscardStmt"),
        QStringLiteral("PrepareStmt"), QStringLiteral("DeallocateStmt"), QStringLiteral("DeclareCursorStmt"), QStringLiteral("FetchStmt"),
        QStringLiteral("ClosePortalStmt"), QStringLiteral("CreateTableSpaceStmt"), QStringLiteral("DropTableSpaceStmt"),
        QStringLiteral("AlterTableSpaceOptionsStmt"), QStringLiteral("CreatedbStmt"), QStringLiteral("AlterDatabaseStmt"),
        QStringLiteral("AlterDatabaseSetStmt"), QStringLiteral("AlterDatabaseRefreshCollStmt"), QStringLiteral("DropdbStmt"),
        QStringLiteral("AlterSystemStmt"), QStringLiteral("AlterCollationStmt"), QStringLiteral("CreateTrigStmt"),
        QStringLiteral("CreatePolicyStmt"), QStringLiteral("AlterPolicyStmt"), QStringLiteral("AlterObjectDependsStmt"),
        QStringLiteral("AlterOperatorStmt"), QStringLiteral("AlterTypeStmt"), QStringLiteral("ReassignOwnedStmt"), QStringLiteral("DropOwnedStmt"),
        QStringLiteral("ConstraintsSetStmt"), QStringLiteral("ReturnStmt"), QStringLiteral("LoadStmt"),
    };
    return kinds.contains(type);
}

// ALTER TABLE commands that cannot change the foreign-key graph (pg_dump's OWNER TO on sequences
// and views goes through ALTER TABLE too).
bool isIrrelevantCommand(const QString &subtype)
{
    static const QSet<QString> irrelevant{
        QStringLiteral("AT_ChangeOwner"), QStringLiteral("AT_SetRelOptions"), QStringLiteral("AT_ResetRelOptions"),
        QStringLiteral("AT_ReplaceRelOptions"), QStringLiteral("AT_SetStatistics"), QStringLiteral("AT_SetStorage"),
        QStringLiteral("AT_SetCompression"), QStringLiteral("AT_ClusterOn"), QStringLiteral("AT_DropCluster"),
        QStringLiteral("AT_EnableTrig"), QStringLiteral("AT_EnableAlwaysTrig"), QStringLiteral("AT_EnableReplicaTrig"),
        QStringLiteral("AT_DisableTrig"), QStringLiteral("AT_EnableTrigAll"), QStringLiteral("AT_DisableTrigAll"),
        QStringLiteral("AT_EnableTrigUser"), QStringLiteral("AT_DisableTrigUser"), QStringLiteral("AT_EnableRule"),
        QStringLiteral("AT_EnableAlwaysRule"), QStringLiteral("AT_EnableReplicaRule"), QStringLiteral("AT_DisableRule"),
        QStringLiteral("AT_ReplicaIdentity"), QStringLiteral("AT_SetLogged"), QStringLiteral("AT_SetUnLogged"),
        QStringLiteral("AT_SetTableSpace"), QStringLiteral("AT_SetIdentity"), QStringLiteral("AT_GenericOptions"),
        QStringLiteral("AT_SetOptions"), QStringLiteral("AT_ResetOptions"), QStringLiteral("AT_ForceRowSecurity"),
        QStringLiteral("AT_NoForceRowSecurity"), QStringLiteral("AT_SetAccessMethod"), QStringLiteral("AT_AlterColumnGenericOptions"),
        QStringLiteral("AT_AddOf"), QStringLiteral("AT_DropOf"), QStringLiteral("AT_DropExpression"),
        QStringLiteral("AT_DetachPartitionFinalize"),
    };
    return irrelevant.contains(subtype);
}

} // namespace

PgDdlReader::PgDdlReader(const SchemaGraph &base)
    : m_source(base.source())
    , m_tables(base.tables())
    , m_warnings(base.warnings())
{
    if (m_source.engine.isEmpty())
        m_source.engine = QStringLiteral("postgresql");
    m_schemas.insert(QStringLiteral("public"));
    for (const ForeignKey &fk : base.foreignKeys())
        m_keys.append({base.table(fk.child).ref(), base.table(fk.parent).ref(), fk});
    for (const Table &t : m_tables)
        m_schemas.insert(t.schema);
    rebuildIndex();
}

void PgDdlReader::ensureNames() const
{
    if (m_namesValid)
        return;
    m_constraintNames.clear();
    m_relationNames.clear();
    for (const Key &k : m_keys)
        m_constraintNames[k.child.schema].insert(k.fk.name);
    for (const Table &t : m_tables) {
        QSet<QString> &constraints = m_constraintNames[t.schema];
        if (!t.primaryKeyName.isEmpty())
            constraints.insert(t.primaryKeyName);
        for (const UniqueConstraint &u : t.uniqueConstraints)
            constraints.insert(u.name);
        for (const CheckConstraint &c : t.checks)
            constraints.insert(c.name);
        QSet<QString> &relations = m_relationNames[t.schema];
        relations.insert(t.name);
        for (const Index &i : t.indexes)
            relations.insert(i.name);
    }
    for (const QString &key : m_otherRelations)
        m_relationNames[key.section(QChar(0), 0, 0)].insert(key.section(QChar(0), 1));
    m_namesValid = true;
}

void PgDdlReader::takeName(QHash<QString, QSet<QString>> &names, const QString &schema, const QString &name)
{
    if (m_namesValid)
        names[schema].insert(name);
}

void PgDdlReader::rebuildIndex()
{
    m_namesValid = false;
    m_tableIndex.clear();
    for (int i = 0; i < m_tables.size(); ++i)
        m_tableIndex.insert(keyOf(m_tables[i].schema, m_tables[i].name), i);
}

Table *PgDdlReader::table(const QString &key)
{
    const int i = m_tableIndex.value(key, -1);
    return i < 0 ? nullptr : &m_tables[i];
}

const Table *PgDdlReader::table(const QString &key) const
{
    const int i = m_tableIndex.value(key, -1);
    return i < 0 ? nullptr : &m_tables[i];
}

void PgDdlReader::warn(const QString &text)
{
    // A statement's location includes the blank lines and comments before it.
    int at = m_stmtOffset;
    while (at < m_sql.size()) {
        const char c = m_sql.at(at);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++at;
        } else if (m_sql.mid(at, 2) == "--") {
            const int eol = m_sql.indexOf('\n', at);
            at = eol < 0 ? m_sql.size() : eol + 1;
        } else if (m_sql.mid(at, 2) == "/*") {
            const int close = m_sql.indexOf("*/", at + 2);
            at = close < 0 ? m_sql.size() : close + 2;
        } else {
            break;
        }
    }
    const int line = m_sql.left(at).count('\n') + 1;
    m_warnings << QStringLiteral("%1:%2: %3").arg(m_origin).arg(line).arg(text);
}

void PgDdlReader::setSearchPath(const QStringList &schemas)
{
    m_searchPath.clear();
    for (QString s : schemas) {
        s = s.trimmed();
        if (s.startsWith(QLatin1Char('"')) && s.endsWith(QLatin1Char('"')) && s.size() > 1)
            s = s.mid(1, s.size() - 2);
        if (!s.isEmpty() && s != QLatin1String("$user") && s != QLatin1String("pg_catalog"))
            m_searchPath << s;
    }
}

QString PgDdlReader::findTable(const QJsonObject &rangeVar) const
{
    const QString name = str(rangeVar, "relname");
    const QString schema = str(rangeVar, "schemaname");
    if (!schema.isEmpty())
        return table(keyOf(schema, name)) ? keyOf(schema, name) : QString();
    for (const QString &s : m_searchPath) {
        if (table(keyOf(s, name)))
            return keyOf(s, name);
    }
    return QString();
}

bool PgDdlReader::isOtherRelation(const QJsonObject &rangeVar) const
{
    const QString name = str(rangeVar, "relname");
    const QString schema = str(rangeVar, "schemaname");
    if (!schema.isEmpty())
        return m_otherRelations.contains(keyOf(schema, name));
    return std::any_of(m_searchPath.begin(), m_searchPath.end(), [&](const QString &s) { return m_otherRelations.contains(keyOf(s, name)); });
}

TableRef PgDdlReader::creationRef(const QJsonObject &rangeVar) const
{
    QString schema = str(rangeVar, "schemaname");
    if (schema.isEmpty())
        schema = m_searchPath.value(0, QStringLiteral("public"));
    return {schema, str(rangeVar, "relname")};
}

QString PgDdlReader::require(const QJsonObject &rangeVar, bool missingOk)
{
    const QString key = findTable(rangeVar);
    if (key.isEmpty() && isOtherRelation(rangeVar))
        return key; // an index on a materialized view, a view's comment: nothing of the graph
    if (key.isEmpty() && !missingOk)
        warn(QCoreApplication::translate("fkscope::ddl", "table %1 does not exist here; the statement is left out")
                 .arg(qualifiedName(str(rangeVar, "schemaname"), str(rangeVar, "relname"))));
    return key;
}

QString PgDdlReader::chooseConstraintName(const QString &schema, const QString &tableName, const QString &addition, const QString &label) const
{
    ensureNames();
    const QSet<QString> &used = m_constraintNames[schema];
    for (int pass = 0;; ++pass) {
        const QString name = makeObjectName(tableName, addition, pass ? label + QString::number(pass) : label);
        if (!used.contains(name))
            return name;
    }
}

QString PgDdlReader::chooseIndexName(const QString &schema, const QString &tableName, const QString &addition, const QString &label) const
{
    ensureNames();
    const QSet<QString> &relations = m_relationNames[schema];
    const QSet<QString> &constraints = m_constraintNames[schema];
    for (int pass = 0;; ++pass) {
        const QString name = makeObjectName(tableName, addition, pass ? label + QString::number(pass) : label);
        // An index that backs a constraint must not take a constraint's name either.
        if (!relations.contains(name) && !constraints.contains(name))
            return name;
    }
}

void PgDdlReader::apply(const QByteArray &text, const QString &origin)
{
    m_origin = origin;
    // psql's meta-commands (pg_dump's \restrict, a migration's \connect or \set) are not SQL: they
    // are blanked, so that offsets and lines stay those of the file.
    QByteArray sql = text;
    static const QRegularExpression metaCommand(QStringLiteral("^\\\\([a-zA-Z]+)[^\n]*"), QRegularExpression::MultilineOption);
    const QString latin = QString::fromLatin1(text); // one character per byte: offsets are byte offsets
    for (auto it = metaCommand.globalMatch(latin); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString command = m.captured(1);
        if (command != QLatin1String("restrict") && command != QLatin1String("unrestrict")) {
            m_sql = sql;
            m_stmtOffset = static_cast<int>(m.capturedStart());
            warn(QCoreApplication::translate("fkscope::ddl", "psql command \\%1 is not modelled").arg(command));
        }
        sql.replace(m.capturedStart(), m.capturedLength(), QByteArray(m.capturedLength(), ' '));
    }
    m_sql = sql;
    const PgQueryParseResult result = pg_query_parse(sql.constData());
    if (result.error) {
        // cursorpos counts characters from 1.
        const QString decoded = QString::fromUtf8(sql);
        const int pos = std::clamp(result.error->cursorpos - 1, 0, static_cast<int>(decoded.size()));
        const int line = decoded.left(pos).count(QLatin1Char('\n')) + 1;
        const int column = pos - (decoded.lastIndexOf(QLatin1Char('\n'), pos - 1) + 1) + 1;
        const QString message = QString::fromUtf8(result.error->message);
        pg_query_free_parse_result(result);
        throw Error(ErrorKind::BadInput, QStringLiteral("%1:%2:%3: %4").arg(origin).arg(line).arg(column).arg(message));
    }
    QJsonParseError jsonError{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(result.parse_tree), &jsonError);
    pg_query_free_parse_result(result);
    // The parser accepts expressions nested deeper than a JSON reader takes their tree: refused, so
    // that no statement is silently left out.
    if (jsonError.error != QJsonParseError::NoError)
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::ddl", "%1: a statement is nested too deeply to read (%2)")
                                             .arg(origin, jsonError.errorString()));
    for (const QJsonValue &raw : doc.object().value(QLatin1String("stmts")).toArray()) {
        const QJsonObject s = raw.toObject();
        statement(s.value(QLatin1String("stmt")).toObject(), s.value(QLatin1String("stmt_location")).toInt(),
                  s.value(QLatin1String("stmt_len")).toInt());
    }
    m_sql.clear();
}

void PgDdlReader::statement(const QJsonObject &wrapped, int offset, int length)
{
    m_stmtOffset = offset;
    m_stmtLength = length > 0 ? length : m_sql.size() - offset;
    const auto [type, stmt] = node(wrapped);
    qCDebug(lcDdl) << "statement" << type << "at" << offset;
    if (type == QLatin1String("CreateStmt")) {
        createTable(stmt, TableKind::Table);
    } else if (type == QLatin1String("CreateForeignTableStmt")) {
        createTable(obj(stmt, "base"), TableKind::ForeignTable);
    } else if (type == QLatin1String("AlterTableStmt")) {
        alterTable(stmt);
    } else if (type == QLatin1String("DropStmt")) {
        dropTable(stmt);
    } else if (type == QLatin1String("IndexStmt")) {
        createIndex(stmt);
    } else if (type == QLatin1String("RenameStmt")) {
        rename(stmt);
    } else if (type == QLatin1String("CommentStmt")) {
        comment(stmt);
    } else if (type == QLatin1String("CreateSchemaStmt")) {
        m_schemas.insert(str(stmt, "schemaname"));
        for (const QJsonValue &e : arr(stmt, "schemaElts")) {
            const QStringList saved = m_searchPath;
            m_searchPath = {str(stmt, "schemaname")};
            statement(e.toObject(), offset, length);
            m_searchPath = saved;
        }
    } else if (type == QLatin1String("AlterObjectSchemaStmt")) {
        const QString objectType = str(stmt, "objectType");
        if (objectType == QLatin1String("OBJECT_TABLE") || objectType == QLatin1String("OBJECT_FOREIGN_TABLE")) {
            const QString key = require(obj(stmt, "relation"), stmt.value(QLatin1String("missing_ok")).toBool());
            if (!key.isEmpty())
                renameTable(key, {str(stmt, "newschema"), table(key)->name});
        }
    } else if (type == QLatin1String("VariableSetStmt")) {
        if (str(stmt, "name") == QLatin1String("search_path")) {
            QStringList schemas;
            for (const QJsonValue &a : arr(stmt, "args"))
                schemas << obj(obj(a.toObject(), "A_Const"), "sval").value(QLatin1String("sval")).toString();
            if (str(stmt, "kind") == QLatin1String("VAR_SET_DEFAULT") || str(stmt, "kind") == QLatin1String("VAR_RESET"))
                schemas = QStringList{QStringLiteral("public")};
            setSearchPath(schemas);
        }
    } else if (type == QLatin1String("SelectStmt")) {
        // pg_dump: SELECT pg_catalog.set_config('search_path', '', false);
        for (const QJsonValue &target : arr(stmt, "targetList")) {
            const QJsonObject call = obj(obj(obj(target.toObject(), "ResTarget"), "val"), "FuncCall");
            const QStringList name = strings(arr(call, "funcname"));
            const QJsonArray args = arr(call, "args");
            if (!name.isEmpty() && name.last() == QLatin1String("set_config") && args.size() >= 2) {
                auto text = [&](int i) { return obj(obj(args.at(i).toObject(), "A_Const"), "sval").value(QLatin1String("sval")).toString(); };
                if (text(0) == QLatin1String("search_path"))
                    setSearchPath(text(1).split(QLatin1Char(','), Qt::SkipEmptyParts));
            }
        }
    } else if (type == QLatin1String("ViewStmt")) {
        m_otherRelations.insert(keyOf(creationRef(obj(stmt, "view"))));
    } else if (type == QLatin1String("CreateSeqStmt")) {
        m_otherRelations.insert(keyOf(creationRef(obj(stmt, "sequence"))));
    } else if (type == QLatin1String("CreateTableAsStmt")) {
        m_otherRelations.insert(keyOf(creationRef(obj(obj(stmt, "into"), "rel"))));
        if (str(stmt, "objtype") != QLatin1String("OBJECT_MATVIEW"))
            warn(QCoreApplication::translate("fkscope::ddl", "CREATE TABLE ... AS is not modelled: its columns come from a query"));
    } else if (type == QLatin1String("DoStmt") || type == QLatin1String("CallStmt") || type == QLatin1String("ExecuteStmt")
               || type == QLatin1String("ImportForeignSchemaStmt") || type == QLatin1String("CreateSchemaStmt")) {
        warn(QCoreApplication::translate("fkscope::ddl", "%1 is not modelled: what it changes cannot be read from the text").arg(type));
    } else if (!isIrrelevant(type)) {
        warn(QCoreApplication::translate("fkscope::ddl", "%1 is not modelled").arg(type));
    }
}

void PgDdlReader::createTable(const QJsonObject &stmt, TableKind kind)
{
    const QJsonObject rel = obj(stmt, "relation");
    if (str(rel, "relpersistence") == QLatin1String("t"))
        return; // a temporary table lives in the session's own schema, not in the database's graph
    const TableRef ref = creationRef(rel);
    if (table(keyOf(ref))) {
        if (!stmt.value(QLatin1String("if_not_exists")).toBool())
            warn(QCoreApplication::translate("fkscope::ddl", "table %1 already exists; PostgreSQL refuses the statement").arg(qualifiedName(ref)));
        return;
    }
    Table t;
    t.schema = ref.schema;
    t.name = ref.name;
    t.kind = stmt.contains(QLatin1String("partspec")) ? TableKind::PartitionedTable : kind;
    QList<TableRef> parents;
    for (const QJsonValue &v : arr(stmt, "inhRelations")) {
        const QString parentKey = require(obj(v.toObject(), "RangeVar"), false);
        if (parentKey.isEmpty())
            return;
        const Table *parent = table(parentKey);
        parents << parent->ref();
        for (Column c : parent->columns) {
            c.identity.clear();
            c.comment.clear();
            if (t.column(c.name))
                continue;
            t.columns << c;
        }
        // CHECK constraints are inherited, by partitions too.
        for (const CheckConstraint &check : parent->checks) {
            if (std::none_of(t.checks.begin(), t.checks.end(), [&](const CheckConstraint &x) { return x.name == check.name; }))
                t.checks << check;
        }
    }
    if (stmt.contains(QLatin1String("partbound")) && !parents.isEmpty()) {
        t.partitionOf = parents.first();
        table(keyOf(parents.first()))->partitions << ref;
    } else {
        t.inheritsFrom = parents;
    }
    m_schemas.insert(ref.schema);
    m_tables << t;
    m_tableIndex.insert(keyOf(ref), static_cast<int>(m_tables.size()) - 1);
    takeName(m_relationNames, ref.schema, ref.name);
    const QString key = keyOf(ref);

    QList<QJsonObject> constraints;
    for (const QJsonValue &v : arr(stmt, "tableElts")) {
        const auto [type, element] = node(v);
        if (type == QLatin1String("ColumnDef")) {
            addColumn(key, element, constraints);
        } else if (type == QLatin1String("Constraint")) {
            constraints << element;
        } else if (type == QLatin1String("TableLikeClause")) {
            const QString likeKey = require(obj(element, "relation"), false);
            if (likeKey.isEmpty())
                continue;
            const QList<Column> columns = table(likeKey)->columns;
            for (Column c : columns) {
                c.defaultExpr.reset();
                c.identity.clear();
                c.generated.clear();
                c.comment.clear();
                if (!table(key)->column(c.name))
                    table(key)->columns << c;
            }
        }
    }
    addConstraintsInOrder(key, constraints);
    if (const Table *created = table(key); created->partitionOf)
        clonePartitionIndexes(keyOf(*created->partitionOf), key);
}

QStringList PgDdlReader::partitionTree(const QString &tableKey) const
{
    QStringList keys{tableKey};
    for (int i = 0; i < keys.size(); ++i) {
        if (const Table *t = table(keys[i])) {
            for (const TableRef &p : t->partitions)
                keys << keyOf(p);
        }
    }
    return keys;
}

void PgDdlReader::addConstraintsInOrder(const QString &tableKey, const QList<QJsonObject> &constraints)
{
    // PostgreSQL names CHECK constraints first, then the primary key and unique constraints, then
    // foreign keys: the order decides which unnamed one gets a number.
    for (const char *phase : {"CONSTR_CHECK", "CONSTR_PRIMARY", "CONSTR_UNIQUE", "CONSTR_FOREIGN"}) {
        for (const QJsonObject &c : constraints) {
            if (str(c, "contype") == QLatin1String(phase))
                addConstraint(tableKey, c);
        }
    }
}

void PgDdlReader::clonePartitionIndexes(const QString &parentKey, const QString &partKey)
{
    const QList<Index> indexes = table(parentKey)->indexes;
    const QList<UniqueConstraint> uniques = table(parentKey)->uniqueConstraints;
    Table *part = table(partKey);
    for (const Index &ix : indexes) {
        if (std::any_of(part->indexes.begin(), part->indexes.end(),
                        [&](const Index &x) { return x.columns == ix.columns && x.unique == ix.unique && x.partial == ix.partial; }))
            continue; // an existing matching index is attached, not created
        Index copy = ix;
        const bool constraint = ix.primary || std::any_of(uniques.begin(), uniques.end(), [&](const UniqueConstraint &u) { return u.name == ix.name; });
        QStringList parts;
        for (const QString &c : ix.columns)
            parts << (part->column(c) ? c : QStringLiteral("expr"));
        copy.name = ix.primary ? chooseIndexName(part->schema, part->name, QString(), QStringLiteral("pkey"))
                               : chooseIndexName(part->schema, part->name, nameAddition(parts), constraint ? QStringLiteral("key") : QStringLiteral("idx"));
        if (ix.primary) {
            part->primaryKey = ix.columns;
            part->primaryKeyName = copy.name;
        } else if (constraint) {
            part->uniqueConstraints << UniqueConstraint{copy.name, ix.columns};
        }
        if (constraint)
            takeName(m_constraintNames, part->schema, copy.name);
        takeName(m_relationNames, part->schema, copy.name);
        part->indexes << copy;
    }
    for (const TableRef &sub : QList<TableRef>(part->partitions))
        clonePartitionIndexes(partKey, keyOf(sub));
}

// A COLLATE clause as the catalog loader writes the collation: quoted where SQL needs it, with its
// schema unless pg_catalog; "default" is the type's own (empty).
QString PgDdlReader::collationName(const QJsonObject &clause)
{
    QStringList parts;
    for (const QJsonValue &v : arr(clause, "collname"))
        parts << str(obj(v.toObject(), "String"), "sval");
    if (parts.size() == 2 && parts.first() == QLatin1String("pg_catalog"))
        parts.removeFirst();
    if (parts.isEmpty() || (parts.size() == 1 && parts.first() == QLatin1String("default")))
        return QString();
    return parts.size() == 2 ? displayIdentifier(parts[0]) + QLatin1Char('.') + displayIdentifier(parts[1]) : displayIdentifier(parts.last());
}

void PgDdlReader::addColumn(const QString &tableKey, const QJsonObject &def, QList<QJsonObject> &deferred)
{
    Table *t = table(tableKey);
    const QString name = str(def, "colname");
    const int stmtEnd = m_stmtOffset + m_stmtLength;
    Column *column = columnOf(t, name);
    if (!column) {
        Column c;
        c.name = name;
        bool serial = false;
        c.type = typeName(obj(def, "typeName"), &serial);
        c.collation = collationName(obj(def, "collClause"));
        if (serial) {
            c.notNull = true;
            const QString sequence = makeObjectName(t->name, name, QStringLiteral("seq"));
            c.defaultExpr = QStringLiteral("nextval('%1'::regclass)").arg(sequence);
            m_otherRelations.insert(keyOf(t->schema, sequence));
            takeName(m_relationNames, t->schema, sequence);
        }
        t->columns << c;
        column = &t->columns.last();
    }
    QJsonObject *last = nullptr;
    for (const QJsonValue &v : arr(def, "constraints")) {
        QJsonObject c = node(v).second;
        const QString type = str(c, "contype");
        if (type == QLatin1String("CONSTR_NOTNULL")) {
            column->notNull = true;
        } else if (type == QLatin1String("CONSTR_NULL")) {
            column->notNull = false;
        } else if (type == QLatin1String("CONSTR_DEFAULT")) {
            column->defaultExpr = defaultText(expressionAfter(m_sql, c.value(QLatin1String("location")).toInt(), stmtEnd));
        } else if (type == QLatin1String("CONSTR_IDENTITY")) {
            column->identity = str(c, "generated_when") == QLatin1String("a") ? QStringLiteral("always") : QStringLiteral("by_default");
            column->notNull = true;
        } else if (type == QLatin1String("CONSTR_GENERATED")) {
            column->generated = QStringLiteral("stored");
        } else if (type == QLatin1String("CONSTR_PRIMARY") || type == QLatin1String("CONSTR_UNIQUE") || type == QLatin1String("CONSTR_CHECK")
                   || type == QLatin1String("CONSTR_FOREIGN")) {
            const QJsonArray self{QJsonObject{{QStringLiteral("String"), QJsonObject{{QStringLiteral("sval"), name}}}}};
            if (type == QLatin1String("CONSTR_FOREIGN"))
                c.insert(QStringLiteral("fk_attrs"), self);
            else if (type != QLatin1String("CONSTR_CHECK"))
                c.insert(QStringLiteral("keys"), self);
            deferred << c;
            last = &deferred.last();
        } else if (last && type == QLatin1String("CONSTR_ATTR_DEFERRABLE")) {
            last->insert(QStringLiteral("deferrable"), true);
        } else if (last && type == QLatin1String("CONSTR_ATTR_NOT_DEFERRABLE")) {
            last->insert(QStringLiteral("deferrable"), false);
        } else if (last && type == QLatin1String("CONSTR_ATTR_DEFERRED")) {
            last->insert(QStringLiteral("initdeferred"), true);
            last->insert(QStringLiteral("deferrable"), true);
        } else if (last && type == QLatin1String("CONSTR_ATTR_IMMEDIATE")) {
            last->insert(QStringLiteral("initdeferred"), false);
        }
    }
}

void PgDdlReader::addConstraint(const QString &tableKey, const QJsonObject &c)
{
    Table *t = table(tableKey);
    const QString type = str(c, "contype");
    const QString given = str(c, "conname");
    const int stmtEnd = m_stmtOffset + m_stmtLength;
    if (type == QLatin1String("CONSTR_CHECK")) {
        const QStringList refs = columnRefs(c.value(QLatin1String("raw_expr")));
        CheckConstraint check;
        check.name = given.isEmpty() ? chooseConstraintName(t->schema, t->name, refs.size() == 1 ? refs.first() : QString(), QStringLiteral("check")) : given;
        check.expression = parenthesized(m_sql, c.value(QLatin1String("location")).toInt(), stmtEnd);
        check.validated = !c.value(QLatin1String("skip_validation")).toBool();
        t->checks << check;
        takeName(m_constraintNames, t->schema, check.name);
    } else if (type == QLatin1String("CONSTR_PRIMARY") || type == QLatin1String("CONSTR_UNIQUE")) {
        const bool primary = type == QLatin1String("CONSTR_PRIMARY");
        QStringList columns = strings(arr(c, "keys"));
        QString name = given;
        if (c.contains(QLatin1String("indexname"))) {
            // ADD CONSTRAINT ... USING INDEX: the index becomes the constraint's, under the constraint's name.
            const QString indexName = str(c, "indexname");
            for (int i = 0; i < t->indexes.size(); ++i) {
                if (t->indexes[i].name == indexName) {
                    columns = t->indexes[i].columns;
                    t->indexes.removeAt(i);
                    break;
                }
            }
            if (name.isEmpty())
                name = indexName;
        }
        if (primary && !t->primaryKey.isEmpty()) {
            warn(QCoreApplication::translate("fkscope::ddl", "table %1 has a primary key already; PostgreSQL refuses a second one").arg(qualifiedName(t->ref())));
            return;
        }
        if (name.isEmpty())
            name = primary ? chooseIndexName(t->schema, t->name, QString(), QStringLiteral("pkey"))
                           : chooseIndexName(t->schema, t->name, nameAddition(columns), QStringLiteral("key"));
        if (primary) {
            t->primaryKey = columns;
            t->primaryKeyName = name;
            for (Column &col : t->columns) {
                if (columns.contains(col.name))
                    col.notNull = true;
            }
        } else {
            t->uniqueConstraints << UniqueConstraint{name, columns};
        }
        Index index;
        index.name = name;
        index.columns = columns;
        index.unique = true;
        index.primary = primary;
        t->indexes << index;
        takeName(m_constraintNames, t->schema, name);
        takeName(m_relationNames, t->schema, name);
    } else if (type == QLatin1String("CONSTR_FOREIGN")) {
        const QString parentKey = findTable(obj(c, "pktable"));
        const Table *parent = parentKey.isEmpty() ? nullptr : table(parentKey);
        if (!parent) {
            warn(QCoreApplication::translate("fkscope::ddl", "the key on %1 references %2, which does not exist here; it is left out")
                     .arg(qualifiedName(t->ref()), qualifiedName(str(obj(c, "pktable"), "schemaname"), str(obj(c, "pktable"), "relname"))));
            return;
        }
        Key key;
        key.child = t->ref();
        key.parent = parent->ref();
        ForeignKey &fk = key.fk;
        fk.columns = strings(arr(c, "fk_attrs"));
        fk.refColumns = strings(arr(c, "pk_attrs"));
        if (fk.refColumns.isEmpty())
            fk.refColumns = parent->primaryKey;
        if (fk.refColumns.isEmpty() || fk.refColumns.size() != fk.columns.size()) {
            warn(QCoreApplication::translate("fkscope::ddl", "the key on %1 names no columns of %2 and it has no primary key; PostgreSQL refuses it")
                     .arg(qualifiedName(t->ref()), qualifiedName(parent->ref())));
            return;
        }
        fk.name = given.isEmpty() ? chooseConstraintName(t->schema, t->name, nameAddition(fk.columns), QStringLiteral("fkey")) : given;
        fk.onDelete = action(str(c, "fk_del_action")).value_or(FkAction::NoAction);
        fk.onUpdate = action(str(c, "fk_upd_action")).value_or(FkAction::NoAction);
        const QString match = str(c, "fk_matchtype");
        fk.match = match.isEmpty() ? MatchType::Simple : matchTypeFromPgCode(match.at(0).toLatin1()).value_or(MatchType::Simple);
        fk.deferrable = c.value(QLatin1String("deferrable")).toBool();
        fk.deferred = c.value(QLatin1String("initdeferred")).toBool();
        fk.validated = !c.value(QLatin1String("skip_validation")).toBool();
        const QStringList setColumns = strings(arr(c, "fk_del_set_cols"));
        if (!setColumns.isEmpty())
            fk.setColumns = setColumns;
        m_keys << key;
        takeName(m_constraintNames, t->schema, fk.name);
    } else if (type == QLatin1String("CONSTR_EXCLUSION")) {
        // An exclusion constraint cannot back a foreign key; nothing in the graph changes.
    } else {
        warn(QCoreApplication::translate("fkscope::ddl", "constraint kind %1 is not modelled").arg(type));
    }
}

void PgDdlReader::alterTable(const QJsonObject &stmt)
{
    const QString objtype = str(stmt, "objtype");
    if (objtype != QLatin1String("OBJECT_TABLE") && objtype != QLatin1String("OBJECT_FOREIGN_TABLE"))
        return; // ALTER INDEX / SEQUENCE / VIEW ... do not change the graph
    const QJsonArray cmds = arr(stmt, "cmds");
    if (std::all_of(cmds.begin(), cmds.end(), [](const QJsonValue &v) { return isIrrelevantCommand(str(obj(v.toObject(), "AlterTableCmd"), "subtype")); }))
        return;
    const QString key = require(obj(stmt, "relation"), stmt.value(QLatin1String("missing_ok")).toBool());
    if (key.isEmpty())
        return;
    m_recurse = obj(stmt, "relation").value(QLatin1String("inh")).toBool(); // false for ALTER TABLE ONLY
    for (const QJsonValue &v : cmds)
        alterCommand(key, obj(v.toObject(), "AlterTableCmd"));
}

void PgDdlReader::alterCommand(const QString &tableKey, const QJsonObject &cmd)
{
    const QString sub = str(cmd, "subtype");
    const QString name = str(cmd, "name");
    const bool missingOk = cmd.value(QLatin1String("missing_ok")).toBool();
    const bool cascade = str(cmd, "behavior") == QLatin1String("DROP_CASCADE");
    Table *t = table(tableKey);
    // Column changes reach the partitions of a partitioned table.
    auto eachPartition = [&](const std::function<void(Table *)> &f) {
        for (const QString &key : partitionTree(tableKey))
            f(table(key));
    };
    if (sub == QLatin1String("AT_AddColumn")) {
        const QJsonObject def = obj(obj(cmd, "def"), "ColumnDef");
        if (columnOf(t, str(def, "colname"))) {
            if (!missingOk)
                warn(QCoreApplication::translate("fkscope::ddl", "column %1 of %2 exists already; PostgreSQL refuses the statement")
                         .arg(str(def, "colname"), qualifiedName(t->ref())));
            return;
        }
        QList<QJsonObject> constraints;
        addColumn(tableKey, def, constraints);
        addConstraintsInOrder(tableKey, constraints);
        const Column added = *columnOf(table(tableKey), str(def, "colname"));
        eachPartition([&](Table *x) {
            if (x != table(tableKey) && !columnOf(x, added.name))
                x->columns << added;
        });
    } else if (sub == QLatin1String("AT_DropColumn")) {
        if (!columnOf(t, name)) {
            if (!missingOk)
                warn(QCoreApplication::translate("fkscope::ddl", "column %1 of %2 does not exist here").arg(name, qualifiedName(t->ref())));
            return;
        }
        dropColumn(tableKey, name, cascade);
    } else if (sub == QLatin1String("AT_SetNotNull") || sub == QLatin1String("AT_DropNotNull")) {
        eachPartition([&](Table *x) {
            if (Column *c = columnOf(x, name))
                c->notNull = sub == QLatin1String("AT_SetNotNull");
        });
    } else if (sub == QLatin1String("AT_ColumnDefault")) {
        std::optional<QString> expression;
        if (cmd.contains(QLatin1String("def"))) {
            // The expression's text: after the statement's SET DEFAULT for this column.
            static const QRegularExpression setDefault(QStringLiteral("\\bset\\s+(default)\\b"), QRegularExpression::CaseInsensitiveOption);
            const QString stmt = QString::fromLatin1(m_sql.mid(m_stmtOffset, m_stmtLength)); // byte offsets kept
            const QRegularExpressionMatch m = setDefault.match(stmt);
            if (m.hasMatch())
                expression = defaultText(expressionAfter(m_sql, m_stmtOffset + m.capturedStart(1), m_stmtOffset + m_stmtLength));
        }
        eachPartition([&](Table *x) {
            if (Column *c = columnOf(x, name))
                c->defaultExpr = expression;
        });
    } else if (sub == QLatin1String("AT_AlterColumnType")) {
        const QJsonObject def = obj(obj(cmd, "def"), "ColumnDef");
        const QString type = typeName(obj(def, "typeName"));
        const QString collation = collationName(obj(def, "collClause")); // none: the new type's own
        eachPartition([&](Table *x) {
            if (Column *c = columnOf(x, name)) {
                c->type = type;
                c->collation = collation;
            }
        });
    } else if (sub == QLatin1String("AT_AddConstraint")) {
        addConstraint(tableKey, obj(obj(cmd, "def"), "Constraint"));
        if (m_recurse) {
            for (const TableRef &p : QList<TableRef>(table(tableKey)->partitions))
                clonePartitionIndexes(tableKey, keyOf(p));
        }
    } else if (sub == QLatin1String("AT_DropConstraint")) {
        dropConstraint(tableKey, name, missingOk);
    } else if (sub == QLatin1String("AT_ValidateConstraint")) {
        for (Key &k : m_keys) {
            if (keyOf(k.child) == tableKey && k.fk.name == name)
                k.fk.validated = true;
        }
        for (CheckConstraint &c : t->checks) {
            if (c.name == name)
                c.validated = true;
        }
    } else if (sub == QLatin1String("AT_AlterConstraint")) {
        const QJsonObject def = obj(obj(cmd, "def"), "Constraint");
        bool found = false;
        for (Key &k : m_keys) {
            if (keyOf(k.child) == tableKey && k.fk.name == str(def, "conname")) {
                k.fk.deferrable = def.value(QLatin1String("deferrable")).toBool();
                k.fk.deferred = def.value(QLatin1String("initdeferred")).toBool();
                found = true;
            }
        }
        if (!found)
            warn(QCoreApplication::translate("fkscope::ddl", "no foreign key %1 on %2 to alter").arg(str(def, "conname"), qualifiedName(t->ref())));
    } else if (sub == QLatin1String("AT_AttachPartition") || sub == QLatin1String("AT_DetachPartition")) {
        const QString partKey = require(obj(obj(obj(cmd, "def"), "PartitionCmd"), "name"), false);
        if (partKey.isEmpty())
            return;
        Table *part = table(partKey);
        t->partitions.removeAll(part->ref());
        part->partitionOf.reset();
        if (sub == QLatin1String("AT_AttachPartition")) {
            t->partitions << part->ref();
            part->partitionOf = t->ref();
            clonePartitionIndexes(tableKey, partKey);
        } else {
            // A detached partition keeps its copies of the table's keys, now standalone.
            const QList<Key> keys = m_keys;
            for (const Key &k : keys) {
                if (keyOf(k.child) == tableKey) {
                    Key copy = k;
                    copy.child = part->ref();
                    copy.fk.clones.clear();
                    m_keys << copy;
                }
            }
        }
    } else if (sub == QLatin1String("AT_AddInherit") || sub == QLatin1String("AT_DropInherit")) {
        const QString parentKey = require(obj(obj(cmd, "def"), "RangeVar"), false);
        if (parentKey.isEmpty())
            return;
        t->inheritsFrom.removeAll(table(parentKey)->ref());
        if (sub == QLatin1String("AT_AddInherit"))
            t->inheritsFrom << table(parentKey)->ref();
    } else if (sub == QLatin1String("AT_EnableRowSecurity") || sub == QLatin1String("AT_DisableRowSecurity")) {
        t->rowSecurity = sub == QLatin1String("AT_EnableRowSecurity");
    } else if (sub == QLatin1String("AT_AddIdentity") || sub == QLatin1String("AT_DropIdentity")) {
        if (Column *c = columnOf(t, name)) {
            const QJsonObject def = obj(obj(cmd, "def"), "Constraint");
            c->identity = sub == QLatin1String("AT_DropIdentity") ? QString()
                : str(def, "generated_when") == QLatin1String("a")         ? QStringLiteral("always")
                                                                           : QStringLiteral("by_default");
        }
    } else {
        if (!isIrrelevantCommand(sub))
            warn(QCoreApplication::translate("fkscope::ddl", "ALTER TABLE %1 is not modelled").arg(sub));
    }
}

void PgDdlReader::dropConstraint(const QString &tableKey, const QString &name, bool missingOk)
{
    m_namesValid = false;
    Table *t = table(tableKey);
    const int before = m_keys.size();
    m_keys.erase(std::remove_if(m_keys.begin(), m_keys.end(), [&](const Key &k) { return keyOf(k.child) == tableKey && k.fk.name == name; }),
                 m_keys.end());
    bool found = m_keys.size() != before;
    auto dropIndex = [&]() {
        t->indexes.erase(std::remove_if(t->indexes.begin(), t->indexes.end(), [&](const Index &i) { return i.name == name; }), t->indexes.end());
    };
    if (t->primaryKeyName == name) {
        t->primaryKey.clear();
        t->primaryKeyName.clear();
        dropIndex();
        found = true;
    }
    for (int i = 0; i < t->uniqueConstraints.size(); ++i) {
        if (t->uniqueConstraints[i].name == name) {
            t->uniqueConstraints.removeAt(i);
            dropIndex();
            found = true;
            break;
        }
    }
    for (int i = 0; i < t->checks.size(); ++i) {
        if (t->checks[i].name == name) {
            t->checks.removeAt(i);
            found = true;
            break;
        }
    }
    if (!found && !missingOk)
        warn(QCoreApplication::translate("fkscope::ddl", "constraint %1 of %2 does not exist here; PostgreSQL refuses the statement")
                 .arg(name, qualifiedName(t->ref())));
}

void PgDdlReader::dropColumn(const QString &tableKey, const QString &column, bool cascade)
{
    m_namesValid = false;
    Table *t = table(tableKey);
    // Keys of other tables that reference the column depend on the unique index under it.
    const auto referencing = [&](const Key &k) { return keyOf(k.parent) == tableKey && k.fk.refColumns.contains(column) && keyOf(k.child) != tableKey; };
    if (!cascade && std::any_of(m_keys.begin(), m_keys.end(), referencing)) {
        warn(QCoreApplication::translate("fkscope::ddl", "column %1 of %2 is referenced by a foreign key; PostgreSQL refuses to drop it without CASCADE")
                 .arg(column, qualifiedName(t->ref())));
        return;
    }
    m_keys.erase(std::remove_if(m_keys.begin(), m_keys.end(),
                                [&](const Key &k) {
                                    return referencing(k) || (keyOf(k.child) == tableKey && k.fk.columns.contains(column))
                                        || (keyOf(k.parent) == tableKey && k.fk.refColumns.contains(column));
                                }),
                 m_keys.end());
    for (const QString &key : partitionTree(tableKey)) {
        Table *x = table(key);
        x->columns.erase(std::remove_if(x->columns.begin(), x->columns.end(), [&](const Column &c) { return c.name == column; }), x->columns.end());
        if (x->primaryKey.contains(column)) {
            x->primaryKey.clear();
            x->primaryKeyName.clear();
        }
        x->uniqueConstraints.erase(std::remove_if(x->uniqueConstraints.begin(), x->uniqueConstraints.end(),
                                                  [&](const UniqueConstraint &u) { return u.columns.contains(column); }),
                                   x->uniqueConstraints.end());
        x->indexes.erase(std::remove_if(x->indexes.begin(), x->indexes.end(), [&](const Index &ix) { return ix.columns.contains(column); }),
                         x->indexes.end());
        x->checks.erase(std::remove_if(x->checks.begin(), x->checks.end(),
                                       [&](const CheckConstraint &c) {
                                           return c.expression.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(column))));
                                       }),
                        x->checks.end());
    }
}

void PgDdlReader::dropTable(const QJsonObject &stmt)
{
    m_namesValid = false;
    const QString removeType = str(stmt, "removeType");
    const bool cascade = str(stmt, "behavior") == QLatin1String("DROP_CASCADE");
    const bool missingOk = stmt.value(QLatin1String("missing_ok")).toBool();
    QSet<QString> drop;
    if (removeType == QLatin1String("OBJECT_TABLE") || removeType == QLatin1String("OBJECT_FOREIGN_TABLE")) {
        for (const QJsonValue &o : arr(stmt, "objects")) {
            const QString key = require(rangeVarOf(strings(obj(o.toObject(), "List").value(QLatin1String("items")).toArray())), missingOk);
            if (!key.isEmpty())
                drop.insert(key);
        }
    } else if (removeType == QLatin1String("OBJECT_SCHEMA")) {
        for (const QJsonValue &o : arr(stmt, "objects")) {
            const QString schema = o.toObject().value(QLatin1String("String")).toObject().value(QLatin1String("sval")).toString();
            bool any = false;
            for (const Table &t : m_tables) {
                if (t.schema == schema) {
                    drop.insert(keyOf(t.ref()));
                    any = true;
                }
            }
            if (any && !cascade) {
                warn(QCoreApplication::translate("fkscope::ddl", "schema %1 holds tables; PostgreSQL refuses to drop it without CASCADE").arg(schema));
                return;
            }
            m_schemas.remove(schema);
        }
    } else if (removeType == QLatin1String("OBJECT_INDEX")) {
        for (const QJsonValue &o : arr(stmt, "objects")) {
            const QStringList names = strings(obj(o.toObject(), "List").value(QLatin1String("items")).toArray());
            const QStringList schemas = names.size() > 1 ? QStringList{names.at(names.size() - 2)} : m_searchPath;
            bool found = false;
            for (Table &t : m_tables) {
                if (!schemas.contains(t.schema) || found)
                    continue;
                for (int i = 0; i < t.indexes.size(); ++i) {
                    if (t.indexes[i].name != names.last())
                        continue;
                    if (t.indexes[i].primary || t.primaryKeyName == names.last()
                        || std::any_of(t.uniqueConstraints.begin(), t.uniqueConstraints.end(), [&](const UniqueConstraint &u) { return u.name == names.last(); })) {
                        warn(QCoreApplication::translate("fkscope::ddl", "index %1 backs a constraint; PostgreSQL refuses to drop it").arg(names.last()));
                    } else {
                        t.indexes.removeAt(i);
                    }
                    found = true;
                    break;
                }
            }
            if (!found && !missingOk)
                warn(QCoreApplication::translate("fkscope::ddl", "index %1 does not exist here").arg(names.last()));
        }
        return;
    } else {
        return;
    }
    // Partitions go with their table.
    for (const QString &key : QSet<QString>(drop)) {
        for (const QString &part : partitionTree(key))
            drop.insert(part);
    }
    const auto blocking = [&](const Key &k) { return drop.contains(keyOf(k.parent)) && !drop.contains(keyOf(k.child)); };
    const auto blocker = std::find_if(m_keys.begin(), m_keys.end(), blocking);
    if (!cascade && blocker != m_keys.end()) {
        warn(QCoreApplication::translate("fkscope::ddl", "%1 is referenced by %2 (%3); PostgreSQL refuses to drop it without CASCADE")
                 .arg(qualifiedName(blocker->parent), qualifiedName(blocker->child), blocker->fk.name));
        return;
    }
    m_keys.erase(std::remove_if(m_keys.begin(), m_keys.end(), [&](const Key &k) { return drop.contains(keyOf(k.parent)) || drop.contains(keyOf(k.child)); }),
                 m_keys.end());
    m_tables.erase(std::remove_if(m_tables.begin(), m_tables.end(), [&](const Table &t) { return drop.contains(keyOf(t.ref())); }), m_tables.end());
    for (Table &t : m_tables) {
        t.partitions.erase(std::remove_if(t.partitions.begin(), t.partitions.end(), [&](const TableRef &r) { return drop.contains(keyOf(r)); }),
                           t.partitions.end());
        t.inheritsFrom.erase(std::remove_if(t.inheritsFrom.begin(), t.inheritsFrom.end(), [&](const TableRef &r) { return drop.contains(keyOf(r)); }),
                             t.inheritsFrom.end());
    }
    rebuildIndex();
}

void PgDdlReader::createIndex(const QJsonObject &stmt)
{
    const QString key = require(obj(stmt, "relation"), false);
    if (key.isEmpty())
        return;
    Table *t = table(key);
    Index index;
    QStringList nameParts;
    for (const QJsonValue &v : arr(stmt, "indexParams")) {
        const QJsonObject e = obj(v.toObject(), "IndexElem");
        if (e.contains(QLatin1String("name"))) {
            index.columns << str(e, "name");
            nameParts << str(e, "name");
        } else {
            index.columns << QStringLiteral("(expression)");
            nameParts << QStringLiteral("expr");
        }
        if (str(e, "ordering") == QLatin1String("SORTBY_DESC"))
            index.descending << index.columns.last();
    }
    index.unique = stmt.value(QLatin1String("unique")).toBool();
    index.partial = stmt.contains(QLatin1String("whereClause"));
    index.name = str(stmt, "idxname");
    if (index.name.isEmpty())
        index.name = chooseIndexName(t->schema, t->name, nameAddition(nameParts), QStringLiteral("idx"));
    for (const Index &existing : t->indexes) {
        if (existing.name == index.name) {
            if (!stmt.value(QLatin1String("if_not_exists")).toBool())
                warn(QCoreApplication::translate("fkscope::ddl", "index %1 exists already").arg(index.name));
            return;
        }
    }
    t->indexes << index;
    takeName(m_relationNames, t->schema, index.name);
    if (obj(stmt, "relation").value(QLatin1String("inh")).toBool()) {
        for (const TableRef &p : QList<TableRef>(t->partitions))
            clonePartitionIndexes(key, keyOf(p));
    }
}

void PgDdlReader::renameTable(const QString &tableKey, const TableRef &to)
{
    Table *t = table(tableKey);
    const TableRef from = t->ref();
    if (table(keyOf(to))) {
        warn(QCoreApplication::translate("fkscope::ddl", "table %1 exists already; PostgreSQL refuses the rename").arg(qualifiedName(to)));
        return;
    }
    t->schema = to.schema;
    t->name = to.name;
    m_schemas.insert(to.schema);
    auto move = [&](TableRef &r) {
        if (r == from)
            r = to;
    };
    for (Key &k : m_keys) {
        move(k.child);
        move(k.parent);
        for (ConstraintClone &c : k.fk.clones)
            move(c.table);
    }
    for (Table &x : m_tables) {
        if (x.partitionOf)
            move(*x.partitionOf);
        for (TableRef &r : x.partitions)
            move(r);
        for (TableRef &r : x.inheritsFrom)
            move(r);
    }
    rebuildIndex();
}

void PgDdlReader::renameColumn(const QString &tableKey, const QString &from, const QString &to)
{
    m_namesValid = false;
    auto rename = [&](QStringList &list) {
        for (QString &c : list) {
            if (c == from)
                c = to;
        }
    };
    for (const QString &key : partitionTree(tableKey)) {
        Table *x = table(key);
        for (Column &c : x->columns) {
            if (c.name == from)
                c.name = to;
        }
        rename(x->primaryKey);
        for (UniqueConstraint &u : x->uniqueConstraints)
            rename(u.columns);
        for (Index &ix : x->indexes) {
            rename(ix.columns);
            rename(ix.descending);
        }
        for (Key &k : m_keys) {
            if (keyOf(k.child) == key) {
                rename(k.fk.columns);
                if (k.fk.setColumns)
                    rename(*k.fk.setColumns);
            }
            if (keyOf(k.parent) == key)
                rename(k.fk.refColumns);
        }
    }
}

void PgDdlReader::rename(const QJsonObject &stmt)
{
    m_namesValid = false;
    const QString type = str(stmt, "renameType");
    const QString newName = str(stmt, "newname");
    const QString sub = str(stmt, "subname");
    const bool missingOk = stmt.value(QLatin1String("missing_ok")).toBool();
    if (type == QLatin1String("OBJECT_TABLE") || type == QLatin1String("OBJECT_FOREIGN_TABLE")) {
        const QString key = require(obj(stmt, "relation"), missingOk);
        if (!key.isEmpty())
            renameTable(key, {table(key)->schema, newName});
    } else if (type == QLatin1String("OBJECT_COLUMN")) {
        const QString relationType = str(stmt, "relationType");
        if (relationType != QLatin1String("OBJECT_TABLE") && relationType != QLatin1String("OBJECT_FOREIGN_TABLE"))
            return;
        const QString key = require(obj(stmt, "relation"), missingOk);
        if (key.isEmpty())
            return;
        if (!table(key)->column(sub)) {
            warn(QCoreApplication::translate("fkscope::ddl", "column %1 of %2 does not exist here").arg(sub, qualifiedName(table(key)->ref())));
            return;
        }
        renameColumn(key, sub, newName);
    } else if (type == QLatin1String("OBJECT_TABCONSTRAINT")) {
        const QString key = require(obj(stmt, "relation"), missingOk);
        if (key.isEmpty())
            return;
        Table *t = table(key);
        bool found = false;
        for (Key &k : m_keys) {
            if (keyOf(k.child) == key && k.fk.name == sub) {
                k.fk.name = newName;
                found = true;
            }
        }
        if (t->primaryKeyName == sub) {
            t->primaryKeyName = newName;
            found = true;
        }
        for (UniqueConstraint &u : t->uniqueConstraints) {
            if (u.name == sub) {
                u.name = newName;
                found = true;
            }
        }
        for (CheckConstraint &c : t->checks) {
            if (c.name == sub) {
                c.name = newName;
                found = true;
            }
        }
        // A constraint's index is renamed with it.
        for (Index &i : t->indexes) {
            if (i.name == sub && found)
                i.name = newName;
        }
        if (!found)
            warn(QCoreApplication::translate("fkscope::ddl", "constraint %1 of %2 does not exist here").arg(sub, qualifiedName(t->ref())));
    } else if (type == QLatin1String("OBJECT_INDEX")) {
        const QJsonObject rel = obj(stmt, "relation");
        const QString oldName = str(rel, "relname");
        const QStringList schemas = str(rel, "schemaname").isEmpty() ? m_searchPath : QStringList{str(rel, "schemaname")};
        for (Table &t : m_tables) {
            if (!schemas.contains(t.schema))
                continue;
            for (Index &i : t.indexes) {
                if (i.name != oldName)
                    continue;
                i.name = newName;
                // The constraint an index backs is renamed with it.
                if (t.primaryKeyName == oldName)
                    t.primaryKeyName = newName;
                for (UniqueConstraint &u : t.uniqueConstraints) {
                    if (u.name == oldName)
                        u.name = newName;
                }
                return;
            }
        }
    } else if (type == QLatin1String("OBJECT_SCHEMA")) {
        QStringList keys;
        for (const Table &t : m_tables) {
            if (t.schema == sub)
                keys << keyOf(t.ref());
        }
        for (const QString &k : keys)
            renameTable(k, {newName, table(k)->name});
        m_schemas.remove(sub);
        m_schemas.insert(newName);
    }
}

void PgDdlReader::comment(const QJsonObject &stmt)
{
    const QString objtype = str(stmt, "objtype");
    const QStringList names = strings(obj(obj(stmt, "object"), "List").value(QLatin1String("items")).toArray());
    if (objtype == QLatin1String("OBJECT_TABLE") && !names.isEmpty()) {
        const QString key = require(rangeVarOf(names), false);
        if (!key.isEmpty())
            table(key)->comment = str(stmt, "comment");
    } else if (objtype == QLatin1String("OBJECT_COLUMN") && names.size() >= 2) {
        const QString key = require(rangeVarOf(names.mid(0, names.size() - 1)), false);
        if (key.isEmpty())
            return;
        if (Column *c = columnOf(table(key), names.last()))
            c->comment = str(stmt, "comment");
    }
}

SchemaGraph PgDdlReader::graph() const
{
    QList<ForeignKey> keys;
    for (const Key &k : m_keys) {
        ForeignKey fk = k.fk;
        fk.child = m_tableIndex.value(keyOf(k.child), kInvalidId);
        fk.parent = m_tableIndex.value(keyOf(k.parent), kInvalidId);
        if (fk.child != kInvalidId && fk.parent != kInvalidId)
            keys << fk;
    }
    return SchemaGraph(m_source, m_tables, keys, m_warnings);
}

} // namespace fkscope
