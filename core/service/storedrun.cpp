#include "storedrun.h"

#include "io/resultjson.h"

#include <memory>
#include <stdexcept>
#include <zstd.h>

namespace td::service {

namespace {

// Fast level: the JSON is repetitive enough that level 1 already gives ~15×, and it keeps the
// compressor ahead of the JSON writer.
constexpr int CompressionLevel = 1;
// Refuse to inflate a stored run beyond this (a damaged or hostile file is not allowed to
// exhaust memory); a national batch's run is ~50 MB, the 2,000-product benchmark's ~400 MB.
constexpr qsizetype MaxJsonBytes = qsizetype(1) << 31;

struct CompressorDeleter
{
    void operator()(ZSTD_CCtx *context) const { ZSTD_freeCCtx(context); }
};
struct DecompressorDeleter
{
    void operator()(ZSTD_DCtx *context) const { ZSTD_freeDCtx(context); }
};

class Compressor
{
public:
    Compressor() : m_context(ZSTD_createCCtx())
    {
        if (!m_context)
            throw std::bad_alloc();
        ZSTD_CCtx_setParameter(m_context.get(), ZSTD_c_compressionLevel, CompressionLevel);
        ZSTD_CCtx_setParameter(m_context.get(), ZSTD_c_checksumFlag, 1);
        // One worker thread compresses while this thread writes JSON. Ignored (and then
        // compressed inline) where libzstd was built without threads.
        ZSTD_CCtx_setParameter(m_context.get(), ZSTD_c_nbWorkers, 1);
    }

    void add(const QByteArray &chunk, ZSTD_EndDirective mode = ZSTD_e_continue)
    {
        ZSTD_inBuffer in{chunk.constData(), static_cast<size_t>(chunk.size()), 0};
        for (;;) {
            const size_t room = ZSTD_CStreamOutSize();
            const qsizetype start = m_out.size();
            m_out.resize(start + static_cast<qsizetype>(room));
            ZSTD_outBuffer out{m_out.data() + start, room, 0};
            const size_t left = ZSTD_compressStream2(m_context.get(), &out, &in, mode);
            if (ZSTD_isError(left))
                throw std::runtime_error(ZSTD_getErrorName(left));
            m_out.resize(start + static_cast<qsizetype>(out.pos));
            const bool consumed = in.pos == in.size;
            if (mode == ZSTD_e_end ? left == 0 : consumed)
                return;
        }
    }

    QByteArray finish(const QByteArray &rest)
    {
        add(rest, ZSTD_e_end);
        return std::move(m_out);
    }

private:
    std::unique_ptr<ZSTD_CCtx, CompressorDeleter> m_context;
    QByteArray m_out;
};

bool isZstdFrame(const QByteArray &bytes)
{
    return bytes.size() >= 4 && static_cast<unsigned char>(bytes[0]) == 0x28 &&
           static_cast<unsigned char>(bytes[1]) == 0xB5 &&
           static_cast<unsigned char>(bytes[2]) == 0x2F &&
           static_cast<unsigned char>(bytes[3]) == 0xFD;
}

} // namespace

QByteArray encodeStoredRun(const model::EvaluationResult &result)
{
    Compressor compressor;
    // One JSON writer: the compressor's worker thread already takes the second core.
    const QByteArray rest = io::resultToJson(
        result, /*withExplanations=*/true, /*indented=*/false,
        [&compressor](const QByteArray &chunk) { compressor.add(chunk); }, /*parallel=*/false);
    return compressor.finish(rest);
}

std::optional<QByteArray> storedRunJson(const QByteArray &stored)
{
    if (stored.startsWith('{'))
        return stored;
    if (!isZstdFrame(stored))
        return std::nullopt;
    std::unique_ptr<ZSTD_DCtx, DecompressorDeleter> context(ZSTD_createDCtx());
    if (!context)
        return std::nullopt;
    QByteArray json;
    const unsigned long long declared =
        ZSTD_getFrameContentSize(stored.constData(), static_cast<size_t>(stored.size()));
    if (declared != ZSTD_CONTENTSIZE_UNKNOWN && declared != ZSTD_CONTENTSIZE_ERROR &&
        declared < quint64(MaxJsonBytes))
        json.reserve(static_cast<qsizetype>(declared));
    ZSTD_inBuffer in{stored.constData(), static_cast<size_t>(stored.size()), 0};
    size_t left = 1;
    while (in.pos < in.size || left != 0) {
        const size_t room = ZSTD_DStreamOutSize();
        const qsizetype start = json.size();
        if (start + qsizetype(room) > MaxJsonBytes)
            return std::nullopt;
        json.resize(start + static_cast<qsizetype>(room));
        ZSTD_outBuffer out{json.data() + start, room, 0};
        const size_t before = in.pos;
        left = ZSTD_decompressStream(context.get(), &out, &in);
        if (ZSTD_isError(left))
            return std::nullopt;
        json.resize(start + static_cast<qsizetype>(out.pos));
        if (in.pos == before && out.pos == 0)
            return std::nullopt; // truncated: no progress and more expected
    }
    return json;
}

std::optional<model::EvaluationResult> decodeStoredRun(const QByteArray &stored)
{
    const auto json = storedRunJson(stored);
    if (!json)
        return std::nullopt;
    return io::resultFromJson(*json);
}

} // namespace td::service
