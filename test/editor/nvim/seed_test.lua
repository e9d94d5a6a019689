-- Neovim as a second, unrelated LSP client of dist/server.js: the seed dispatch gets its
-- diagnostics, hovers and document symbols through nothing but the standard protocol.
-- Neovim 0.7 (Debian 12) has no vim.lsp.start: vim.lsp.start_client + buf_attach_client.
-- Expected values are those of the hand-made gold (test/corpus/fr/kandahar.gold.json).
-- usage: DISPATCH_SERVER=dist/server.js DISPATCH_FILE=<seed> nvim --headless --clean -n -c 'luafile <this>'
local server = assert(os.getenv('DISPATCH_SERVER'), 'DISPATCH_SERVER is not set')
local file = assert(os.getenv('DISPATCH_FILE'), 'DISPATCH_FILE is not set')
local TIMEOUT_MS = 10000

local passed, failed = 0, 0
local function say(line)
  io.stdout:write(line .. '\n')
end
local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    say('ok - ' .. name)
  else
    failed = failed + 1
    say('not ok - ' .. name .. (detail and (': ' .. detail) or ''))
  end
end
local function has(haystack, needle)
  return haystack ~= nil and haystack:find(needle, 1, true) ~= nil
end

-- A Lua error must end the run with a failure, not leave Neovim waiting for input.
local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'dispatch'
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)

  -- The LSP position (UTF-16, the protocol's default) of `needle` plus `delta` characters.
  local function position_of(needle, delta)
    for index, line in ipairs(lines) do
      local byte = line:find(needle, 1, true)
      if byte then
        local _, utf16 = vim.str_utfindex(line, byte - 1)
        return { line = index - 1, character = utf16 + (delta or 0) }
      end
    end
    error('not in the seed: ' .. needle)
  end

  local client_id = vim.lsp.start_client({
    name = 'dispatch-lens',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
  })
  check('the server starts', client_id ~= nil)
  if not client_id then
    return
  end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local version = vim.version()
  say(string.format('# nvim %d.%d.%d', version.major, version.minor, version.patch))

  -- Diagnostics: pushed after didOpen (this client does not pull).
  vim.wait(TIMEOUT_MS, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 20)
  local diagnostics = vim.diagnostic.get(bufnr)
  table.sort(diagnostics, function(a, b)
    return a.lnum < b.lnum
  end)
  check('exactly two diagnostics', #diagnostics == 2, #diagnostics .. ' diagnostics')
  for index, words in ipairs({ 'a longtemps été accusé', 'réputée abriter' }) do
    local d = diagnostics[index] or {}
    local covered = d.lnum and lines[d.lnum + 1]:sub(d.col + 1, d.end_col) or ''
    check(
      'unattributed-claim warning on «' .. words .. '»',
      d.code == 'unattributed-claim'
        and d.severity == vim.diagnostic.severity.WARN
        and d.source == 'dispatch-lens'
        and has(covered, words)
        and has(vim.tbl_get(d, 'user_data', 'lsp', 'codeDescription', 'href'), 'unattributed-claim'),
      vim.inspect({ code = d.code, severity = d.severity, covered = covered })
    )
  end

  -- Hovers: the speaker, cue and medium, found by the server over the protocol.
  local function hover_at(position)
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      position = position,
    }, TIMEOUT_MS)
    for _, response in pairs(responses or {}) do
      if response.result then
        -- Markdown escapes off, to compare with the words of the dispatch.
        return (response.result.contents.value:gsub('\\(.)', '%1'))
      end
    end
  end
  local repousse = hover_at(position_of('«repoussé»', 3))
  check(
    'hover on «repoussé»: the ministry, a affirmé, à l\'AFP',
    has(repousse, "ministère afghan de l'Intérieur") and has(repousse, 'affirmé') and has(
      repousse,
      "à l'AFP"
    ),
    repousse
  )
  local added = hover_at(position_of('assurent tous les commerçants', 5))
  check(
    'hover on the quotation of a-t-il ajouté: Zabihullah Mujahid through the pronoun',
    has(added, 'Zabihullah Mujahid') and has(added, 'through the pronoun') and has(added, 'ajouté'),
    added
  )

  -- Document symbols: the dateline, then the seven speakers with their quotations and claims.
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  }, TIMEOUT_MS)
  local symbols = {}
  for _, response in pairs(responses or {}) do
    symbols = response.result or symbols
  end
  check('the first symbol is the dateline Kandahar', (symbols[1] or {}).name == 'Kandahar')
  local speakers = {}
  for index, symbol in ipairs(symbols) do
    if index > 1 and symbol.children and #symbol.children > 0 and symbol.name ~= 'Unattributed' then
      table.insert(speakers, symbol.name)
    end
  end
  check('seven speakers', #speakers == 7, table.concat(speakers, ' | '))
  local all = table.concat(speakers, ' | ')
  for _, name in ipairs({
    'talibans',
    'autorités afghanes',
    'responsable des forces pakistanaises de sécurité',
    'habitants de la zone',
    'Zabihullah Mujahid',
    "ministère afghan de l'Intérieur",
    'Tariq Arian',
  }) do
    check('the outline has ' .. name, has(all, name), all)
  end


  vim.lsp.stop_client(client_id)
  vim.wait(TIMEOUT_MS, function()
    return vim.lsp.get_client_by_id(client_id) == nil
  end, 20)
end

local ok, err = xpcall(run, debug.traceback)
check('the test runs to its end', ok, err)
say(string.format('%d passed, %d failed', passed, failed))
if failed == 0 then
  vim.cmd('qa!')
else
  vim.cmd('cquit! 1')
end
