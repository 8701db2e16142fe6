<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>mid {mid}</source>
        <translation>用户 {mid}</translation>
    </message>
    <message>
        <source>{name} (demo)</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign out: revoke this session and forget it on this computer</source>
        <translation>退出登录：注销此会话，并从本机删除</translation>
    </message>
    <message>
        <source>Sign in with the Bilibili app (QR code) or a browser&apos;s cookies</source>
        <translation>用哔哩哔哩 App 扫码，或用浏览器的 Cookie 登录</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Online · {ms} ms</source>
        <translation>在线 · {ms} 毫秒</translation>
    </message>
    <message>
        <source>Slow · {s:.1f} s</source>
        <translation>较慢 · {s:.1f} 秒</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Offline · checking…</source>
        <translation>离线 · 正在检查…</translation>
    </message>
    <message>
        <source>Offline · retrying in {n} s</source>
        <translation>离线 · {n} 秒后重试</translation>
    </message>
    <message>
        <source>Click to check the connection now.</source>
        <translation>点击立即检查连接。</translation>
    </message>
    <message>
        <source>Last success: {time}</source>
        <translation>上次成功：{time}</translation>
    </message>
    <message>
        <source>Latency: {ms} ms</source>
        <translation>延迟：{ms} 毫秒</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>上次错误：{error}</translation>
    </message>
    <message>
        <source>Drop files here or click to choose</source>
        <translation>把文件拖到这里，或点击选择</translation>
    </message>
    <message>
        <source>Each file gets a link that works for {minutes} minutes · up to {limit} per file</source>
        <translation>每个文件会生成一个 {minutes} 分钟内有效的链接 · 单个文件最大 {limit}</translation>
    </message>
    <message>
        <source>Drop files or folders here, or press Enter to choose files (Ctrl+O)</source>
        <translation>把文件或文件夹拖到这里，或按回车选择文件（Ctrl+O）</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>connection refused or no network</source>
        <translation>连接被拒绝或没有网络</translation>
    </message>
    <message>
        <source>the connection was dropped</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <source>an HTML page instead of JSON</source>
        <translation>返回了网页而不是 JSON</translation>
    </message>
    <message>
        <source>a body that is not JSON</source>
        <translation>内容不是 JSON</translation>
    </message>
    <message>
        <source>JSON without a numeric &apos;code&apos;</source>
        <translation>JSON 中缺少数字 code</translation>
    </message>
    <message>
        <source>code 0 with an error status</source>
        <translation>code 为 0 但 HTTP 状态表示错误</translation>
    </message>
    <message>
        <source>an upload reply without a link</source>
        <translation>上传回复中没有链接</translation>
    </message>
    <message>
        <source>the link has expired or was altered</source>
        <translation>链接已过期或被改动</translation>
    </message>
    <message>
        <source>the file does not exist (moved or deleted?).</source>
        <translation>找不到文件（可能已移动或删除）。</translation>
    </message>
    <message>
        <source>not a regular file (a folder or a device).</source>
        <translation>不是普通文件（是文件夹或设备）。</translation>
    </message>
    <message>
        <source>cannot be read ({reason}). Check its permissions.</source>
        <translation>无法读取（{reason}）。请检查文件权限。</translation>
    </message>
    <message>
        <source>the file is empty; there is nothing to send.</source>
        <translation>文件是空的，没有可上传的内容。</translation>
    </message>
    <message>
        <source>too large: the service accepts files up to {limit}. Split or compress it first.</source>
        <translation>文件超过 {limit} 上限，请先分割或压缩。</translation>
    </message>
    <message>
        <source>{size} is too large: the service accepts files up to {limit}. Split or compress it first.</source>
        <translation>文件 {size}，超过 {limit} 上限，请先分割或压缩。</translation>
    </message>
    <message>
        <source>Not signed in, or the sign-in has expired. Sign in again.</source>
        <translation>未登录，或登录已过期。请重新登录。</translation>
    </message>
    <message>
        <source>The service rejected the csrf token (bili_jct). Sign in again to refresh it.</source>
        <translation>服务拒绝了 csrf 令牌（bili_jct）。请重新登录以刷新。</translation>
    </message>
    <message>
        <source>The service could not read this account&apos;s details. Sign in again.</source>
        <translation>服务无法读取此账号的信息。请重新登录。</translation>
    </message>
    <message>
        <source>The service answered with code {code}: {message}.</source>
        <translation>服务返回错误码 {code}：{message}。</translation>
    </message>
    <message>
        <source>Could not reach the service ({what}). Check the connection.</source>
        <translation>无法连接服务（{what}）。请检查网络连接。</translation>
    </message>
    <message>
        <source>The service sent an unexpected reply{status}: {what}.</source>
        <translation>服务返回了意外的回复{status}：{what}。</translation>
    </message>
    <message>
        <source>Upload cancelled.</source>
        <translation>上传已取消。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>上传时间</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Upload history</source>
        <translation>上传历史</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按名称搜索</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>搜索历史</translation>
    </message>
    <message>
        <source>Uploaded files</source>
        <translation>已上传的文件</translation>
    </message>
    <message>
        <source>History messages</source>
        <translation>历史记录提示</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>复制链接(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the link (Ctrl+C)</source>
        <translation>复制链接（Ctrl+C）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the link in the browser</source>
        <translation>在浏览器中打开链接</translation>
    </message>
    <message>
        <source>&amp;QR code</source>
        <translation>二维码(&amp;Q)</translation>
    </message>
    <message>
        <source>Show the link as a QR code</source>
        <translation>以二维码显示链接</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
        <translation>打开文件所在的文件夹</translation>
    </message>
    <message>
        <source>&amp;Re-upload</source>
        <translation>重新上传(&amp;R)</translation>
    </message>
    <message>
        <source>Upload the file again for a fresh link</source>
        <translation>再次上传文件，获得新链接</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Remove this entry (Delete)</source>
        <translation>删除这条记录（Delete）</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>清空历史(&amp;L)…</translation>
    </message>
    <message>
        <source>Remove every entry</source>
        <translation>删除全部记录</translation>
    </message>
    <message>
        <source>Not copied: the link of {name} has expired. Use Re-upload for a fresh one.</source>
        <translation>未复制：「{name}」的链接已过期。请重新上传以获得新链接。</translation>
    </message>
    <message>
        <source>Link copied, expires at {time}</source>
        <translation>链接已复制，{time} 前有效</translation>
    </message>
    <message>
        <source>The folder {folder} no longer exists.</source>
        <translation>文件夹「{folder}」已不存在。</translation>
    </message>
    <message>
        <source>{name} is no longer at {path}: nothing to re-upload.</source>
        <translation>「{name}」已不在「{path}」：无法重新上传。</translation>
    </message>
    <message>
        <source>Re-uploading {name}: see the main window.</source>
        <translation>正在重新上传「{name}」：请查看主窗口。</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>清空历史？</translation>
    </message>
    <message>
        <source>Remove all {n} entries? The links themselves are not affected.</source>
        <translation>删除全部 {n} 条记录？链接本身不受影响。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>BBCode</source>
        <translation>BBCode</translation>
    </message>
    <message>
        <source>QR code: {name}</source>
        <translation>二维码：{name}</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>链接的二维码</translation>
    </message>
    <message>
        <source>Scan with a phone&apos;s camera to download {name}.</source>
        <translation>用手机相机扫描即可下载「{name}」。</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>This link has expired.</source>
        <translation>此链接已过期。</translation>
    </message>
    <message>
        <source>Expired: re-upload the file for a new link.</source>
        <translation>已过期：请重新上传文件以获得新链接。</translation>
    </message>
    <message>
        <source>BiliDrop — demo</source>
        <translation>BiliDrop — 演示</translation>
    </message>
    <message>
        <source>Demo mode: files go to a built-in stand-in for the Bilibili service on this computer, signed in as a demo account kept in memory only.</source>
        <translation>演示模式：文件上传到本机内置的哔哩哔哩模拟服务，使用仅保存在内存中的演示账号。</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Choose files to upload</source>
        <translation>选择要上传的文件</translation>
    </message>
    <message>
        <source>&amp;Paste files</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the selected links</source>
        <translation>复制选中的链接</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>打开链接(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected link in the browser</source>
        <translation>在浏览器中打开选中的链接</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <source>Stop the selected uploads</source>
        <translation>停止选中的上传</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Try the selected failed uploads again</source>
        <translation>重试选中的失败上传</translation>
    </message>
    <message>
        <source>R&amp;e-upload</source>
        <translation>重新上传(&amp;E)</translation>
    </message>
    <message>
        <source>Upload the same file again for a fresh link</source>
        <translation>再次上传同一文件，获得新链接</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected rows from the list</source>
        <translation>从列表中移除选中的行</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Every finished upload and its link</source>
        <translation>所有已完成的上传及其链接</translation>
    </message>
    <message>
        <source>Show &amp;QR code</source>
        <translation>显示二维码(&amp;Q)</translation>
    </message>
    <message>
        <source>Show the selected link as a QR code for a phone</source>
        <translation>以二维码显示选中的链接，供手机扫描</translation>
    </message>
    <message>
        <source>Check &amp;connection</source>
        <translation>检查连接(&amp;C)</translation>
    </message>
    <message>
        <source>Check the connection and sign-in now</source>
        <translation>立即检查连接和登录状态</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign in with the cookies of a bilibili.com tab</source>
        <translation>用已登录的 bilibili.com 页面的 Cookie 登录</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Forget this sign-in on this computer</source>
        <translation>在本机上删除此登录</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit BiliDrop</source>
        <translation>退出 BiliDrop</translation>
    </message>
    <message>
        <source>Copy a&amp;s</source>
        <translation>复制为(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>上传(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>上传完成</translation>
    </message>
    <message>
        <source>{name}: link ready, expires at {time}</source>
        <translation>「{name}」：链接已就绪，{time} 过期</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>上传失败</translation>
    </message>
    <message>
        <source>Upload a folder?</source>
        <translation>上传文件夹？</translation>
    </message>
    <message>
        <source>The folder holds {n} files. Upload all of them?</source>
        <translation>文件夹中有 {n} 个文件。全部上传吗？</translation>
    </message>
    <message>
        <source>Nothing to upload: the folder is empty.</source>
        <translation>没有可上传的内容：文件夹是空的。</translation>
    </message>
    <message>
        <source>Only files on this computer can be uploaded: {n} web link(s) were skipped. Save the file first, then drop it here.</source>
        <translation>只能上传本机上的文件：已跳过 {n} 个网页链接。请先保存文件，再拖到这里。</translation>
    </message>
    <message>
        <source>{n} links copied, the first expires at {time}</source>
        <translation>已复制 {n} 个链接，最早一个于 {time} 过期</translation>
    </message>
    <message>
        <source>The history is not available.</source>
        <translation>历史记录不可用。</translation>
    </message>
    <message>
        <source>Signed out. The sign-in was removed from this computer.</source>
        <translation>已退出登录。登录信息已从本机删除。</translation>
    </message>
    <message>
        <source>BiliDrop is still running</source>
        <translation>BiliDrop 仍在运行</translation>
    </message>
    <message>
        <source>Uploads go on; the tray icon brings the window back.</source>
        <translation>上传会继续；点击托盘图标可重新打开窗口。</translation>
    </message>
    <message>
        <source>Quit BiliDrop?</source>
        <translation>退出 BiliDrop？</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Re-upload</source>
        <translation>重新上传</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>上传队列</translation>
    </message>
    <message>
        <source>kept in memory only</source>
        <translation>仅保存在内存中</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>System keyring ({name})</source>
        <translation>系统密钥环（{name}）</translation>
    </message>
    <message>
        <source>This session only: no system keyring found</source>
        <translation>仅本次运行：未找到系统密钥环</translation>
    </message>
    <message>
        <source>Sign in to upload.</source>
        <translation>登录后即可上传。</translation>
    </message>
    <message>
        <source>The system keyring could not be read. Unlock it, then sign in again.</source>
        <translation>无法读取系统密钥环。请解锁后重新登录。</translation>
    </message>
    <message>
        <source>The system keyring refused to keep the sign-in: it is kept for this session only.</source>
        <translation>系统密钥环拒绝保存登录信息：仅在本次运行中保留。</translation>
    </message>
    <message>
        <source>The system keyring could not delete the sign-in.</source>
        <translation>系统密钥环无法删除登录信息。</translation>
    </message>
    <message>
        <source>The service does not accept this sign-in: it was signed out or has expired. Sign in again.</source>
        <translation>服务不接受此登录：已退出或已过期。请重新登录。</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid (signed out elsewhere, or expired). Sign in again.</source>
        <translation>保存的登录已失效（在别处退出或已过期）。请重新登录。</translation>
    </message>
    <message>
        <source>Removed from this computer, but the service could not revoke the session: {problem}</source>
        <translation>已从本机删除，但服务未能注销会话：{problem}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>How many files are uploaded at the same time</source>
        <translation>同时上传的文件数</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often the connection is checked while online</source>
        <translation>在线时检查连接的间隔</translation>
    </message>
    <message>
        <source>Copy each link when its upload finishes</source>
        <translation>上传完成后自动复制链接</translation>
    </message>
    <message>
        <source>How a copied link is written</source>
        <translation>复制链接时使用的格式</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>关闭窗口后在托盘中继续运行</translation>
    </message>
    <message>
        <source>Notify when an upload ends while the window is in the back</source>
        <translation>窗口在后台时，上传结束后发送通知</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Takes effect the next time BiliDrop starts</source>
        <translation>下次启动 BiliDrop 时生效</translation>
    </message>
    <message>
        <source>&amp;Parallel uploads:</source>
        <translation>同时上传数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Heartbeat interval:</source>
        <translation>心跳间隔(&amp;H)：</translation>
    </message>
    <message>
        <source>Copy links &amp;as:</source>
        <translation>链接格式(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Sign in to Bilibili</source>
        <translation>登录哔哩哔哩</translation>
    </message>
    <message>
        <source>&amp;Scan QR code</source>
        <translation>扫码登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Paste cookies</source>
        <translation>粘贴 Cookie(&amp;P)</translation>
    </message>
    <message>
        <source>Getting a sign-in code…</source>
        <translation>正在获取登录二维码…</translation>
    </message>
    <message>
        <source>QR sign-in status</source>
        <translation>扫码登录状态</translation>
    </message>
    <message>
        <source>&amp;New code</source>
        <translation>刷新二维码(&amp;N)</translation>
    </message>
    <message>
        <source>Get a fresh code (each one works for 3 minutes)</source>
        <translation>获取新的二维码（每个有效 3 分钟）</translation>
    </message>
    <message>
        <source>Cookie header</source>
        <translation>Cookie 请求头</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>No code: {reason}</source>
        <translation>无法获取二维码：{reason}</translation>
    </message>
    <message>
        <source>Scanned: confirm on your phone.</source>
        <translation>已扫码：请在手机上确认。</translation>
    </message>
    <message>
        <source>Expired: here is a new code.</source>
        <translation>已过期：这是新的二维码。</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Expired. Click New code to try again.</source>
        <translation>已过期。点击“刷新二维码”重试。</translation>
    </message>
    <message>
        <source>Confirmed: checking the account…</source>
        <translation>已确认：正在检查账号…</translation>
    </message>
    <message>
        <source>Checking with the service…</source>
        <translation>正在向服务验证…</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>已登录：{name}</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>显示窗口</translation>
    </message>
    <message>
        <source>Upload files…</source>
        <translation>上传文件…</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>从剪贴板粘贴</translation>
    </message>
    <message>
        <source>Recent links (click to copy)</source>
        <translation>最近的链接（点击复制）</translation>
    </message>
    <message>
        <source>No live links</source>
        <translation>没有有效链接</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>链接已复制</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Paused: sign in to continue</source>
        <translation>已暂停：登录后继续</translation>
    </message>
    <message>
        <source>Sent · waiting for the service to answer</source>
        <translation>已发送 · 等待服务响应</translation>
    </message>
    <message>
        <source>Uploading {percent}%</source>
        <translation>正在上传 {percent}%</translation>
    </message>
    <message>
        <source>{speed}/s</source>
        <translation>{speed}/秒</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <source>Retrying in {seconds} s: {reason}</source>
        <translation>{seconds} 秒后重试：{reason}</translation>
    </message>
    <message>
        <source>the file changed since its last upload</source>
        <translation>文件自上次上传后已更改</translation>
    </message>
    <message>
        <source>Interrupted: BiliDrop closed before this upload finished. Retry to send it.</source>
        <translation>已中断：BiliDrop 在上传完成前关闭了。点击重试重新上传。</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Expired: the link no longer works. Re-upload for a new one.</source>
        <translation>已过期：链接已失效。请重新上传以获得新链接。</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>BiliDrop could not finish this ({reason}). Try again.</source>
        <translation>BiliDrop 未能完成此操作（{reason}）。请重试。</translation>
    </message>
    <message>
        <source>BiliDrop ran into an internal error. Try again.</source>
        <translation>BiliDrop 遇到内部错误。请重试。</translation>
    </message>
    <message>
        <source>DedeUserID must be the account's numeric id (mid)</source>
        <translation>DedeUserID 必须是账号的数字 ID（mid）</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出了点问题。</translation>
    </message>
    <message>
        <source>The cookie text lacks {names}. Copy the whole Cookie header from a signed-in bilibili.com tab.</source>
        <translation>Cookie 文本缺少 {names}。请从已登录的 bilibili.com 标签页复制完整的 Cookie 请求头。</translation>
    </message>
    <message>
        <source>The history could not be saved ({reason}); links still work.</source>
        <translation>无法保存历史记录（{reason}）；链接仍然可用。</translation>
    </message>
    <message>
        <source>a QR poll reply without its state</source>
        <translation>二维码轮询回复中没有状态</translation>
    </message>
    <message>
        <source>a QR reply without a code</source>
        <translation>二维码回复中没有二维码</translation>
    </message>
    <message>
        <source>a loop of symbolic links</source>
        <translation>符号链接形成了循环</translation>
    </message>
    <message>
        <source>a network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>a signed-in QR reply without usable cookies</source>
        <translation>扫码登录成功的回复中没有可用的 Cookie</translation>
    </message>
    <message>
        <source>a reply larger than the service ever sends</source>
        <translation>回复大得超出该服务的正常范围</translation>
    </message>
    <message>
        <source>a link that is not the service&apos;s</source>
        <translation>不是该服务的链接</translation>
    </message>
    <message>
        <source>This link is not a web link, so BiliDrop does not open it.</source>
        <translation>这不是网页链接，BiliDrop 不会打开它。</translation>
    </message>
    <message>
        <source>Waiting for the network… goes on when the service answers again</source>
        <translation>等待网络…… 服务恢复响应后自动继续</translation>
    </message>
    <message>
        <source>&amp;About BiliDrop</source>
        <translation>关于 BiliDrop(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About BiliDrop</source>
        <translation>关于 BiliDrop</translation>
    </message>
    <message>
        <source>BiliDrop {version}
Uploads files to Bilibili&apos;s customer-service file service; each link works for {minutes} minutes.
History and settings: {folder}</source>
        <translation>BiliDrop {version}
把文件上传到哔哩哔哩客服的文件服务，每个链接 {minutes} 分钟内有效。
历史记录和设置：{folder}</translation>
    </message>
    <message>
        <source>The version, and where BiliDrop keeps its files</source>
        <translation>版本，以及 BiliDrop 保存文件的位置</translation>
    </message>
    <message>
        <source>its certificate is not trusted on this computer</source>
        <translation>本机不信任它的证书</translation>
    </message>
    <message>
        <source>Could not reach the service safely ({what}). Behind a company proxy that checks secure connections, its root certificate must be installed in the system&apos;s certificate store; ask the IT department.</source>
        <translation>无法安全地连接到服务（{what}）。如果公司代理会检查加密连接，需要把它的根证书安装到系统的证书存储中，请联系网络管理员。</translation>
    </message>
    <message>
        <source>an account reply without the account</source>
        <translation>账号回复中没有账号信息</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>另一个程序正在使用它</translation>
    </message>
    <message>
        <source>cannot be read ({reason}).</source>
        <translation>无法读取（{reason}）。</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>它不存在</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>system error {number}</source>
        <translation>系统错误 {number}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the file changed while it was being sent. Retry to send it as it is now.</source>
        <translation>文件在上传过程中被修改。请重试，以上传它现在的内容。</translation>
    </message>
    <message>
        <source>the image is too large</source>
        <translation>图片太大</translation>
    </message>
    <message>
        <source>the image was not served</source>
        <translation>服务器没有返回图片</translation>
    </message>
    <message>
        <source>the link did not give the file</source>
        <translation>链接没有返回文件</translation>
    </message>
    <message>
        <source>the service refused it as too large (it accepts files up to {limit}). Split or compress it first.</source>
        <translation>服务拒绝了它，因为文件太大（最多接受 {limit} 的文件）。请先分割或压缩。</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>「{name}」为空</translation>
    </message>
    <message>
        <source>Bilibili says requests come too often ({what}). BiliDrop slows down and tries again later.</source>
        <translation>哔哩哔哩提示请求过于频繁（{what}）。BiliDrop 会放慢速度，稍后再试。</translation>
    </message>
    <message>
        <source>Bilibili wants to check that a person is using this network ({what}). Open bilibili.com in a browser on this network, pass the check there, then try again (in the window: Try now).</source>
        <translation>哔哩哔哩要求验证此网络上是否为真人操作（{what}）。请在此网络的浏览器中打开 bilibili.com 并完成验证，然后再试（在窗口中：“立即重试”）。</translation>
    </message>
    <message>
        <source>Bilibili's risk control is refusing requests from this network ({what}). BiliDrop waits before trying again: trying sooner makes the block last longer.</source>
        <translation>哔哩哔哩风控正在拒绝来自此网络的请求（{what}）。BiliDrop 会等待一段时间后再试：过早重试会让封锁持续更久。</translation>
    </message>
    <message>
        <source>Click to try now instead of waiting.</source>
        <translation>点击可立即重试，无需继续等待。</translation>
    </message>
    <message>
        <source>Held: Bilibili asked to slow down ({what}); resumes at {time}</source>
        <translation>已暂缓：哔哩哔哩要求放慢速度（{what}）；将于 {time} 继续</translation>
    </message>
    <message>
        <source>Slowed down by Bilibili · until {time}</source>
        <translation>被哔哩哔哩限速 · 直到 {time}</translation>
    </message>
    <message>
        <source>Slowed down · checking…</source>
        <translation>已限速 · 正在检查…</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>{reason} Trying again at {time}.</source>
        <translation>{reason} 将于 {time} 再试。</translation>
    </message>
    <message>
        <source>the sign-in renewal page was not found</source>
        <translation>找不到续期登录的页面</translation>
    </message>
    <message>
        <source>the sign-in renewal page had no token</source>
        <translation>续期登录的页面中没有口令</translation>
    </message>
    <message>
        <source>a sign-in renewal without new cookies</source>
        <translation>续期登录的回复中没有新的 Cookie</translation>
    </message>
    <message>
        <source>Forget it on this computer (your browser stays signed in)</source>
        <translation>仅在这台电脑上忘记（浏览器保持登录）</translation>
    </message>
    <message>
        <source>Forgotten on this computer; the browser it came from stays signed in.</source>
        <translation>已在这台电脑上忘记；它来自的浏览器仍保持登录。</translation>
    </message>
    <message>
        <source>In a browser signed in to bilibili.com, open the developer tools (F12) → Network, select any request to bilibili.com and copy its whole &lt;b&gt;Cookie&lt;/b&gt; request header. BiliDrop needs SESSDATA, bili_jct and DedeUserID from it; other cookies are ignored.&lt;br&gt;&lt;br&gt;A pasted cookie is the browser's own session: when the browser renews or ends it, BiliDrop's copy stops working. For one that lasts, copy it from a &lt;b&gt;private window&lt;/b&gt; and close that window without signing out, or use the QR code.</source>
        <translation>在已登录 bilibili.com 的浏览器中打开开发者工具（F12）→ 网络，选中任意一个发往 bilibili.com 的请求，复制完整的 &lt;b&gt;Cookie&lt;/b&gt; 请求头。BiliDrop 需要其中的 SESSDATA、bili_jct 和 DedeUserID，其余 Cookie 会被忽略。&lt;br&gt;&lt;br&gt;粘贴的 Cookie 就是浏览器自己的登录会话：浏览器续期或结束它时，BiliDrop 的副本就会失效。想要长期有效，请从&lt;b&gt;无痕窗口&lt;/b&gt;复制，并在不退出登录的情况下关闭该窗口，或者使用二维码登录。</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>在所有地方退出登录</translation>
    </message>
    <message>
        <source>Sign-in renewed</source>
        <translation>登录已续期</translation>
    </message>
    <message>
        <source>This sign-in is a cookie pasted from a browser: it is that browser's session. Signing it out everywhere signs the browser out too.</source>
        <translation>这个登录是从浏览器粘贴的 Cookie：它就是那个浏览器的会话。在所有地方退出登录也会让那个浏览器退出登录。</translation>
    </message>
    <message>
        <source>This sign-in was a cookie pasted from a browser, and the browser it came from renewed or ended it. Sign in with the QR code for a sign-in that lasts.</source>
        <translation>这个登录是从浏览器粘贴的 Cookie，它来自的浏览器已经续期或结束了它。请使用二维码登录，以获得长期有效的登录。</translation>
    </message>
    <message>
        <source>1 upload has not finished. Quit and cancel it?</source>
        <translation>还有 1 个上传未完成。要退出并取消它吗？</translation>
    </message>
    <message>
        <source>Demo mode: signed out of the demo account. Sign in again: the demo's QR code confirms itself after a few seconds.</source>
        <translation>演示模式：已退出演示账号。请重新登录：演示的二维码会在几秒后自动确认。</translation>
    </message>
    <message>
        <source>Sign out of this account? Waiting uploads pause until you sign in again.</source>
        <translation>要退出这个账号吗？等待中的上传会暂停，直到你重新登录。</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>退出登录？</translation>
    </message>
    <message>
        <source>{n} uploads have not finished. Quit and cancel them?</source>
        <translation>还有 {n} 个上传未完成。要退出并取消它们吗？</translation>
    </message>
    <message>
        <source>No uploads yet: every finished upload appears here with its link.</source>
        <translation>还没有上传：每个完成的上传都会和它的链接一起显示在这里。</translation>
    </message>
    <message>
        <source>Nothing in the history matches “{search}”.</source>
        <translation>历史记录中没有与“{search}”匹配的项目。</translation>
    </message>
    <message>
        <source>Scan with the Bilibili app (Me → scan icon). The code works for 3 minutes.</source>
        <translation>请用哔哩哔哩 App 扫码（我的 → 扫一扫图标）。二维码 3 分钟内有效。</translation>
    </message>
    <message>
        <source>Add BiliDrop to Explorer's “Send to” menu</source>
        <translation>将 BiliDrop 添加到资源管理器的“发送到”菜单</translation>
    </message>
    <message>
        <source>Could not reach the service ({what}). Check the proxy, its user name and password in Settings.</source>
        <translation>无法连接服务（{what}）。请在“设置”中检查代理及其用户名和密码。</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the settings file</source>
        <translation>保存在系统密钥环中，绝不写入设置文件</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>P&amp;roxy:</source>
        <translation>代理(&amp;R)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation>代理地址(&amp;U)：</translation>
    </message>
    <message>
        <source>Send to: {error}</source>
        <translation>发送到：{error}</translation>
    </message>
    <message>
        <source>Some desktop settings could not be changed.</source>
        <translation>部分桌面设置未能更改。</translation>
    </message>
    <message>
        <source>Start BiliDrop when I log in</source>
        <translation>登录系统时启动 BiliDrop</translation>
    </message>
    <message>
        <source>Starting at login: {error}</source>
        <translation>登录时启动：{error}</translation>
    </message>
    <message>
        <source>Starts in the tray (or shows the window when there is no tray)</source>
        <translation>在托盘中启动（没有托盘时显示窗口）</translation>
    </message>
    <message>
        <source>The proxy URL cannot be used: {problem}.</source>
        <translation>无法使用该代理地址：{problem}。</translation>
    </message>
    <message>
        <source>The proxy asked for a user name and password, or refused the ones given. Check them in Settings.</source>
        <translation>代理要求用户名和密码，或拒绝了所填的用户名和密码。请在“设置”中检查。</translation>
    </message>
    <message>
        <source>The system's proxy comes from the desktop's network settings or HTTPS_PROXY</source>
        <translation>系统代理取自桌面的网络设置或 HTTPS_PROXY</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>用户名(&amp;S)：</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Use the system's proxy</source>
        <translation>使用系统代理</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>give only the proxy's scheme, host and port, without a path</source>
        <translation>只需填写代理的协议、主机和端口，不要带路径</translation>
    </message>
    <message>
        <source>give the proxy as http://HOST:PORT, https://HOST:PORT or socks5://HOST:PORT</source>
        <translation>请按 http://主机:端口、https://主机:端口 或 socks5://主机:端口 填写代理</translation>
    </message>
    <message>
        <source>http://, https:// or socks5:// with host and port</source>
        <translation>http://、https:// 或 socks5://，加上主机和端口</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>代理拒绝了连接</translation>
    </message>
    <message>
        <source>the proxy's port is not a number</source>
        <translation>代理的端口不是数字</translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation>未上传</translation>
    </message>
    <message>
        <source>Uploads finished</source>
        <translation>上传完成</translation>
    </message>
    <message>
        <source>{name} · {left}</source>
        <translation>{name} · {left}</translation>
    </message>
    <message>
        <source>{n} files cannot be uploaded; the window says why.</source>
        <translation>{n} 个文件无法上传，原因见窗口。</translation>
    </message>
    <message>
        <source>{n} links ready</source>
        <translation>{n} 个链接已就绪</translation>
    </message>
    <message>
        <source>{n} links ready, copied</source>
        <translation>{n} 个链接已就绪并已复制</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Connection: {state}</source>
        <translation>连接：{state}</translation>
    </message>
    <message>
        <source>Enter: {action}</source>
        <translation>回车：{action}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Opens the file chooser (Ctrl+O). Files and folders can also be dropped here.</source>
        <translation>打开文件选择器（Ctrl+O）。也可以把文件和文件夹拖放到这里。</translation>
    </message>
    <message>
        <source>Press to check the connection now (F5)</source>
        <translation>按下可立即检查连接（F5）</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>调整窗口大小</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>较慢</translation>
    </message>
    <message>
        <source>Slowed down by Bilibili</source>
        <translation>被哔哩哔哩限速</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{name} uploaded: link ready</source>
        <translation>「{name}」已上传：链接已就绪</translation>
    </message>
    <message>
        <source>This desktop has no system tray now: closing the window quits BiliDrop.</source>
        <translation>此桌面目前没有系统托盘：关闭窗口即退出 BiliDrop。</translation>
    </message>
    <message>
        <source>No browser could open the link. Copy it instead (Ctrl+C) and paste it where needed.</source>
        <translation>没有浏览器能打开该链接。请改为复制（Ctrl+C）后粘贴到需要的地方。</translation>
    </message>
    <message>
        <source>No file manager could open {folder}.</source>
        <translation>没有文件管理器能打开「{folder}」。</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <source>Done · {left}</source>
        <translation>完成 · {left}</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>expires at {time}</source>
        <translation>{time} 过期</translation>
    </message>
    <message>
        <source>{left}, expires at {time}</source>
        <translation>{left}，{time} 过期</translation>
    </message>
    <message>
        <source>{url}
expires at {time}</source>
        <translation>{url}
{time} 过期</translation>
    </message>
    <message>
        <source>{name}: {left}, expires soon</source>
        <translation>「{name}」：{left}，即将过期</translation>
    </message>
    <message>
        <source>{name}: {left}, the link stops working at {time}.</source>
        <translation>「{name}」：{left}，链接将于 {time} 失效。</translation>
    </message>
    <message>
        <source>A link expires soon</source>
        <translation>有链接即将过期</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>退出登录…</translation>
    </message>
    <message>
        <source>Sign-in kept: {where}</source>
        <translation>登录信息保存在：{where}</translation>
    </message>
    <message>
        <source>{account}
{kept}
Click for the account menu (sign out).</source>
        <translation>{account}
{kept}
点击打开账号菜单（退出登录）。</translation>
    </message>
    <message>
        <source>{name} · Bilibili account {mid}</source>
        <translation>{name} · B 站账号 {mid}</translation>
    </message>
    <message>
        <source>Account: {name}</source>
        <translation>账号：{name}</translation>
    </message>
    <message>
        <source>Restart BiliDrop?</source>
        <translation>重新启动 BiliDrop？</translation>
    </message>
    <message>
        <source>The new language shows after BiliDrop starts again. Restart now? (Uploads still running are asked about first; finished links stay in the history.)</source>
        <translation>新语言在 BiliDrop 重新启动后生效。现在重新启动吗？（仍在进行的上传会先询问你；已完成的链接保留在历史记录中。）</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>撤销移除(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the link of every upload that still works, one per line</source>
        <translation>复制所有仍有效的链接，每行一个</translation>
    </message>
    <message>
        <source>Remove every row that is done, failed, cancelled or expired (Ctrl+Z undoes it)</source>
        <translation>移除所有已完成、失败、已取消或已过期的行（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Removed {name} · {keys} brings it back</source>
        <translation>已移除「{name}」 · 按 {keys} 恢复</translation>
    </message>
    <message>
        <source>Removed {n} rows · {keys} brings them back</source>
        <translation>已移除 {n} 行 · 按 {keys} 恢复</translation>
    </message>
    <message>
        <source>Copy all live li&amp;nks</source>
        <translation>复制所有有效链接(&amp;N)</translation>
    </message>
    <message>
        <source>Bring back the rows just removed</source>
        <translation>恢复刚刚移除的行</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>清除已完成(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel upload?</source>
        <translation>取消上传？</translation>
    </message>
    <message>
        <source>Stop uploading {name}? {percent}% is sent; Retry starts it again.</source>
        <translation>停止上传「{name}」？已发送 {percent}%；重试会从头开始。</translation>
    </message>
    <message>
        <source>Stop {n} uploads that are under way? Retry starts them again.</source>
        <translation>停止 {n} 个正在进行的上传？重试会从头开始。</translation>
    </message>
    <message>
        <source>For example: {text}</source>
        <translation>例如：{text}</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>我的模板</translation>
    </message>
    <message>
        <source>The template needs {url}, the link itself.</source>
        <translation>模板需要包含 {url}，即链接本身。</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>Your own way to write a link: {placeholders} are filled in</source>
        <translation>按你的方式书写链接：会填入 {placeholders}</translation>
    </message>
    <message>
        <source>photo.png</source>
        <translation>照片.png</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>Upload the text?</source>
        <translation>上传这段文本？</translation>
    </message>
    <message>
        <source>The clipboard holds text, not files. Upload it as a .txt file ({n} characters)?</source>
        <translation>剪贴板里是文本，不是文件。要把它作为 .txt 文件上传吗（{n} 个字符）？</translation>
    </message>
    <message>
        <source>The clipboard holds no files, image or text to upload.</source>
        <translation>剪贴板里没有可上传的文件、图片或文本。</translation>
    </message>
    <message>
        <source>No status message</source>
        <translation>没有状态消息</translation>
    </message>
    <message>
        <source>Upload files, an image or text from the clipboard</source>
        <translation>上传剪贴板中的文件、图片或文本</translation>
    </message>
    <message>
        <source>&amp;Capture screen…</source>
        <translation>截屏上传(&amp;C)…</translation>
    </message>
    <message>
        <source>Capture the scr&amp;een:</source>
        <translation>截屏(&amp;E)：</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>BiliDrop cannot take global shortcuts on macOS yet. In the Shortcuts app, make a shortcut that runs the shell script “bilidrop capture” and give it a key.</source>
        <translation>BiliDrop 暂时无法在 macOS 上注册全局快捷键。请在“快捷指令”App 中新建一个运行 Shell 脚本“bilidrop capture”的快捷指令，并为它设置按键。</translation>
    </message>
    <message>
        <source>BiliDrop may not record the screen. Allow it in System Settings › Privacy &amp; Security › Screen Recording, then quit and reopen BiliDrop.</source>
        <translation>BiliDrop 没有录制屏幕的权限。请在“系统设置 › 隐私与安全性 › 屏幕录制”中允许，然后退出并重新打开 BiliDrop。</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>方框</translation>
    </message>
    <message>
        <source>Capture a region</source>
        <translation>截取区域</translation>
    </message>
    <message>
        <source>Choose a region, a window or the whole screen, and upload it</source>
        <translation>选择一个区域、窗口或整个屏幕并上传</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the picture only (Ctrl+C)</source>
        <translation>只复制图片，不上传（Ctrl+C）</translation>
    </message>
    <message>
        <source>Draw a box (B)</source>
        <translation>画方框（B）</translation>
    </message>
    <message>
        <source>Draw an arrow (A)</source>
        <translation>画箭头（A）</translation>
    </message>
    <message>
        <source>Freeze the screen, choose a region or window, upload it</source>
        <translation>定格屏幕，选择区域或窗口后上传</translation>
    </message>
    <message>
        <source>Global shortcut not set: {why}</source>
        <translation>全局快捷键未设置：{why}</translation>
    </message>
    <message>
        <source>Global shortcuts</source>
        <translation>全局快捷键</translation>
    </message>
    <message>
        <source>Global shortcuts are not available here: {reason}</source>
        <translation>此桌面无法使用全局快捷键：{reason}</translation>
    </message>
    <message>
        <source>Hide what is under it for good (M)</source>
        <translation>打马赛克，彻底遮住下面的内容（M）</translation>
    </message>
    <message>
        <source>Leave without a capture (Esc)</source>
        <translation>不截屏，直接退出（Esc）</translation>
    </message>
    <message>
        <source>Mosaic</source>
        <translation>马赛克</translation>
    </message>
    <message>
        <source>No screen could be captured.</source>
        <translation>无法截取屏幕。</translation>
    </message>
    <message>
        <source>Picture copied ({width} × {height}), not uploaded.</source>
        <translation>图片已复制（{width} × {height}），未上传。</translation>
    </message>
    <message>
        <source>Press the new keys; clear it for none.</source>
        <translation>按下新的组合键；清空则不使用快捷键。</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>截屏</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>This desktop (Wayland) lets no program take global keys by itself. Bind the command “bilidrop capture” (or “bilidrop capture --clipboard”) to a key in your desktop&apos;s keyboard settings: GNOME: Settings › Keyboard › Custom Shortcuts; KDE: System Settings › Shortcuts › Custom Shortcuts.</source>
        <translation>此桌面（Wayland）不允许程序自行注册全局快捷键。请在桌面的键盘设置中为命令“bilidrop capture”（或“bilidrop capture --clipboard”）绑定按键：GNOME 在“设置 › 键盘 › 自定义快捷键”，KDE 在“系统设置 › 快捷键 › 自定义快捷键”。</translation>
    </message>
    <message>
        <source>This key cannot be a global shortcut.</source>
        <translation>这个键不能用作全局快捷键。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last mark (Ctrl+Z)</source>
        <translation>撤销上一个标注（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Upload and copy the link (Enter)</source>
        <translation>上传并复制链接（Enter）</translation>
    </message>
    <message>
        <source>Upload clipboard</source>
        <translation>上传剪贴板</translation>
    </message>
    <message>
        <source>Upload the clip&amp;board:</source>
        <translation>上传剪贴板(&amp;B)：</translation>
    </message>
    <message>
        <source>Upload the clipboard&apos;s image, files or text without showing the window</source>
        <translation>上传剪贴板中的图片、文件或文字，不打开窗口</translation>
    </message>
    <message>
        <source>Wayland does not let BiliDrop read the screen directly: use your desktop&apos;s screenshot tool, then Paste (Ctrl+V) or “Upload clipboard”.</source>
        <translation>Wayland 不允许 BiliDrop 直接读取屏幕：请先用桌面自带的截图工具截图，再粘贴（Ctrl+V）或使用“上传剪贴板”。</translation>
    </message>
    <message>
        <source>{keys} could not be set up: {reason}</source>
        <translation>无法设置 {keys}：{reason}</translation>
    </message>
    <message>
        <source>{keys} has no key besides its modifiers</source>
        <translation>{keys} 只有修饰键，缺少一个普通键</translation>
    </message>
    <message>
        <source>{keys} is already used by another program: choose another shortcut.</source>
        <translation>{keys} 已被其他程序占用，请换一个快捷键。</translation>
    </message>
    <message>
        <source>{keys} is not one key with modifiers</source>
        <translation>{keys} 不是“修饰键 + 一个键”的组合</translation>
    </message>
    <message>
        <source>{keys} needs a modifier (Ctrl, Alt, Shift or the logo key)</source>
        <translation>{keys} 需要一个修饰键（Ctrl、Alt、Shift 或徽标键）</translation>
    </message>
    <message>
        <source>No session bus to reach the desktop&apos;s screenshot portal.</source>
        <translation>没有会话总线，无法连接桌面的截图门户。</translation>
    </message>
    <message>
        <source>Screenshot cancelled.</source>
        <translation>已取消截图。</translation>
    </message>
    <message>
        <source>The desktop could not take the screenshot.</source>
        <translation>桌面未能完成截图。</translation>
    </message>
    <message>
        <source>The screenshot dialog did not answer.</source>
        <translation>截图对话框没有响应。</translation>
    </message>
    <message>
        <source>The screenshot portal gave an answer BiliDrop cannot read.</source>
        <translation>截图门户返回的内容 BiliDrop 无法识别。</translation>
    </message>
    <message>
        <source>The screenshot portal gave no local file.</source>
        <translation>截图门户没有给出本机文件。</translation>
    </message>
    <message>
        <source>The screenshot portal gave no picture BiliDrop can send.</source>
        <translation>截图门户给出的不是 BiliDrop 能上传的图片。</translation>
    </message>
    <message>
        <source>This desktop has no screenshot portal (xdg-desktop-portal).</source>
        <translation>此桌面没有截图门户（xdg-desktop-portal）。</translation>
    </message>
    <message>
        <source>{name}: link copied, works until {time}</source>
        <translation>「{name}」：链接已复制，{time} 前有效</translation>
    </message>
    <message>
        <source>{name}: link ready, works until {time}</source>
        <translation>「{name}」：链接已就绪，{time} 前有效</translation>
    </message>
    <message>
        <source>Copy all live links</source>
        <translation>复制所有有效链接</translation>
    </message>
    <message>
        <source>the desktop made no shortcut session</source>
        <translation>桌面没有创建快捷键会话</translation>
    </message>
    <message>
        <source>the desktop did not answer</source>
        <translation>桌面没有响应</translation>
    </message>
    <message>
        <source>refused by the desktop</source>
        <translation>被桌面拒绝</translation>
    </message>
    <message>
        <source>the desktop failed</source>
        <translation>桌面出错</translation>
    </message>
    <message>
        <source>BiliDrop: capture the screen and upload it</source>
        <translation>BiliDrop：截屏并上传</translation>
    </message>
    <message>
        <source>BiliDrop: upload the clipboard</source>
        <translation>BiliDrop：上传剪贴板</translation>
    </message>
    <message>
        <source>For a chat (name, size, valid until)</source>
        <translation>聊天用（文件名、大小、有效期）</translation>
    </message>
    <message>
        <source>valid until {time}</source>
        <translation>{time} 前有效</translation>
    </message>
    <message>
        <source>{name} ({size}, {valid_until}): {url}</source>
        <translation>{name}（{size}，{valid_until}）：{url}</translation>
    </message>
    <message>
        <source>{done} of {total} done; the links are copied when all are.</source>
        <translation>已完成 {done}/{total} 个，全部完成后再复制链接。</translation>
    </message>
    <message>
        <source>{n} link(s) ready, not copied: you copied something else meanwhile. Copy them with {keys}.</source>
        <translation>{n} 个链接已就绪，但未复制：期间您复制了其他内容。可按 {keys} 复制全部链接。</translation>
    </message>
    <message>
        <source>&amp;Connection check every:</source>
        <translation>连接检查间隔(&amp;C)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Quit and cancel uploads</source>
        <translation>退出并取消上传</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Stop the upload</source>
        <translation>停止上传</translation>
    </message>
    <message>
        <source>Keep uploading</source>
        <translation>继续上传</translation>
    </message>
    <message>
        <source>Upload as .txt</source>
        <translation>上传为 .txt</translation>
    </message>
    <message>
        <source>Upload all</source>
        <translation>全部上传</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>清空历史</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Quit now</source>
        <translation>立即退出</translation>
    </message>
    <message>
        <source>1 upload has not finished. If you quit, it stops now and comes back at the next start, ready to send again.</source>
        <translation>还有 1 个上传未完成。现在退出会停止上传，下次启动时它会重新列出，可以再次发送。</translation>
    </message>
    <message>
        <source>{n} uploads have not finished. If you quit, they stop now and come back at the next start, ready to send again.</source>
        <translation>还有 {n} 个上传未完成。现在退出会停止上传，下次启动时它们会重新列出，可以再次发送。</translation>
    </message>
    <message>
        <source>Re-upload and copy</source>
        <translation>重新上传并复制</translation>
    </message>
    <message>
        <source>Upload the expired files again and copy the new links</source>
        <translation>重新上传已过期的文件并复制新链接</translation>
    </message>
    <message>
        <source>The links you copied expired at {time} and were taken off the clipboard. Re-upload for fresh ones.</source>
        <translation>您复制的链接已于 {time} 过期，已从剪贴板移除。请重新上传以获取新链接。</translation>
    </message>
    <message>
        <source>Copied links expired</source>
        <translation>已复制的链接已过期</translation>
    </message>
    <message>
        <source>Retrying in {seconds} s (try {n} of {total}): {reason}</source>
        <translation>{reason}，{seconds} 秒后自动重试（第 {n}/{total} 次）</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message>
        <source>Bilibili&apos;s server had a temporary problem (HTTP {status})</source>
        <translation>哔哩哔哩服务器暂时出错（HTTP {status}）</translation>
    </message>
    <message>
        <source>System keyring (Secret Service)</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>System keyring (KWallet)</source>
        <translation>系统密钥环（KWallet）</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <source>Not copied yet: this desktop lets only the window in front use the clipboard. The links are copied when BiliDrop&apos;s window is next in front.</source>
        <translation>尚未复制：此桌面只允许前台窗口使用剪贴板。下次 BiliDrop 窗口在前台时会自动复制链接。</translation>
    </message>
    <message>
        <source>The screenshot portal failed: {reason}</source>
        <translation>截图门户出错：{reason}</translation>
    </message>
    <message>
        <source>(The code&apos;s address: {url})</source>
        <translation>（二维码的地址：{url}）</translation>
    </message>
    <message>
        <source>--demo and --api-base choose different services: give one</source>
        <translation>--demo 和 --api-base 指向不同的服务：只能给一个</translation>
    </message>
    <message>
        <source>--limit must be 1 or more</source>
        <translation>--limit 至少为 1</translation>
    </message>
    <message>
        <source>Asks the running BiliDrop window of this service to capture, as its global shortcut does, and starts one (in the tray) when none runs; the link ends on the clipboard. For desktops where BiliDrop cannot take global keys itself (Wayland, macOS): bind this command in the desktop&apos;s keyboard shortcut settings.</source>
        <translation>让正在运行的、连接同一服务的 BiliDrop 窗口截图（与全局快捷键的效果相同）；没有窗口在运行时，先在托盘中启动一个。链接最后会在剪贴板上。在 BiliDrop 无法自行注册全局快捷键的桌面（Wayland、macOS）上，请在桌面的键盘快捷键设置中为这个命令绑定按键。</translation>
    </message>
    <message>
        <source>Bilibili asked to slow down ({what}): waiting until {time}</source>
        <translation>哔哩哔哩要求放慢速度（{what}）：等待到 {time}</translation>
    </message>
    <message>
        <source>Bilibili says requests come too often ({what})</source>
        <translation>哔哩哔哩提示请求过于频繁（{what}）</translation>
    </message>
    <message>
        <source>Bilibili wants a person to pass a check on bilibili.com ({what})</source>
        <translation>哔哩哔哩要求在 bilibili.com 上完成真人验证（{what}）</translation>
    </message>
    <message>
        <source>Bilibili&apos;s risk control refuses requests from this network ({what})</source>
        <translation>哔哩哔哩风控正在拒绝来自此网络的请求（{what}）</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Could not check the sign-in: {reason}</source>
        <translation>无法验证登录：{reason}</translation>
    </message>
    <message>
        <source>Could not renew the sign-in: {reason}</source>
        <translation>无法续期登录：{reason}</translation>
    </message>
    <message>
        <source>Draws a QR code to scan with the Bilibili app, then keeps the sign-in in the system keyring. With --cookie, checks and keeps pasted cookies instead.</source>
        <translation>显示一个二维码，用哔哩哔哩 App 扫描后，把登录信息保存在系统密钥环中。使用 --cookie 时，改为验证并保存粘贴的 Cookie。</translation>
    </message>
    <message>
        <source>Forgotten on this computer. It was a cookie pasted from a browser, which stays signed in (use --everywhere to sign that session out too).</source>
        <translation>已在这台电脑上忘记。这是从浏览器粘贴的 Cookie，该浏览器仍保持登录（加上 --everywhere 可同时让那个会话退出登录）。</translation>
    </message>
    <message>
        <source>Lists the uploads the window keeps in its history. SEARCH matches any part of a file&apos;s name (Chinese too).</source>
        <translation>列出窗口历史记录中的上传。SEARCH 匹配文件名的任意部分（中文也可以）。</translation>
    </message>
    <message>
        <source>No sign-in: the codes expired. Run &apos;bilidrop login&apos; again.</source>
        <translation>未登录：二维码都已过期。请重新运行 bilidrop login。</translation>
    </message>
    <message>
        <source>Not signed in on this computer.</source>
        <translation>这台电脑上没有登录。</translation>
    </message>
    <message>
        <source>Not signed in. Kept in: {where}.</source>
        <translation>未登录。登录信息存放于：{where}。</translation>
    </message>
    <message>
        <source>Not signed in: run &apos;bilidrop login&apos;.</source>
        <translation>未登录：请运行 bilidrop login。</translation>
    </message>
    <message>
        <source>Not signed in: {reason}. Kept in: {where}.</source>
        <translation>未登录：{reason}。登录信息存放于：{where}。</translation>
    </message>
    <message>
        <source>Online: the service answered in {ms} ms and the account is signed in.</source>
        <translation>在线：服务在 {ms} 毫秒内响应，账号已登录。</translation>
    </message>
    <message>
        <source>Opens the window with FILEs queued.</source>
        <translation>打开窗口，并把 FILE 加入上传队列。</translation>
    </message>
    <message>
        <source>Scan with the Bilibili app (Me → scan icon); the code works for 3 minutes.</source>
        <translation>请用哔哩哔哩 App 扫码（我的 → 扫一扫图标），二维码 3 分钟内有效。</translation>
    </message>
    <message>
        <source>Scanned: confirm the sign-in on your phone.</source>
        <translation>已扫码：请在手机上确认登录。</translation>
    </message>
    <message>
        <source>Sign-in failed: {reason}</source>
        <translation>登录失败：{reason}</translation>
    </message>
    <message>
        <source>Sign-in renewed.</source>
        <translation>登录已续期。</translation>
    </message>
    <message>
        <source>Signed in as {name} (mid {mid}). Kept in: {where}.</source>
        <translation>已登录：{name}（UID {mid}）。登录信息存放于：{where}。</translation>
    </message>
    <message>
        <source>Signed in by QR code; last renewed: {time}.</source>
        <translation>通过二维码登录；上次续期：{time}。</translation>
    </message>
    <message>
        <source>Signed in with a cookie pasted from a browser: never renewed by BiliDrop.</source>
        <translation>使用从浏览器粘贴的 Cookie 登录：BiliDrop 不会为它续期。</translation>
    </message>
    <message>
        <source>Signed out and the session revoked.</source>
        <translation>已退出登录，会话已注销。</translation>
    </message>
    <message>
        <source>Signed out; the sign-in was removed from this computer.</source>
        <translation>已退出登录：登录信息已从这台电脑删除。</translation>
    </message>
    <message>
        <source>The code expired; here is a new one.</source>
        <translation>二维码已过期，这是新的二维码。</translation>
    </message>
    <message>
        <source>The service could not revoke the session ({reason}).</source>
        <translation>服务未能注销会话（{reason}）。</translation>
    </message>
    <message>
        <source>The sign-in does not need renewing yet.</source>
        <translation>登录暂时不需要续期。</translation>
    </message>
    <message>
        <source>The stored sign-in is no longer valid: run &apos;bilidrop login&apos;.</source>
        <translation>保存的登录已失效：请运行 bilidrop login。</translation>
    </message>
    <message>
        <source>These cookies are signed out or expired: sign in again.</source>
        <translation>这些 Cookie 已退出登录或已过期：请重新登录。</translation>
    </message>
    <message>
        <source>This sign-in is a cookie pasted from a browser: its browser renews it, BiliDrop never does (that would sign the browser out).</source>
        <translation>这个登录是从浏览器粘贴的 Cookie：由那个浏览器续期，BiliDrop 从不续期（否则会让浏览器退出登录）。</translation>
    </message>
    <message>
        <source>Upload files to Bilibili&apos;s customer-service file service and get links that work for {minutes} minutes. Without a command, opens the window with the FILEs (or folders) queued; when a window for the same service is already running, the FILEs go to it instead.</source>
        <translation>把文件上传到哔哩哔哩客服的文件服务，获得 {minutes} 分钟内有效的链接。不带命令时，打开窗口并把 FILE（或文件夹）加入上传队列；如果连接同一服务的窗口已在运行，FILE 会交给那个窗口。</translation>
    </message>
    <message>
        <source>Uploads each FILE; a folder&apos;s files are uploaded in name order, recursively, as the window does.</source>
        <translation>上传每个 FILE；文件夹中的文件按名称顺序递归上传，与窗口中相同。</translation>
    </message>
    <message>
        <source>Without a system keyring the sign-in is not kept after this command; use --cookie or {variable} for each command instead.</source>
        <translation>没有系统密钥环，这个命令结束后登录信息不会保留；请在每个命令中使用 --cookie 或 {variable}。</translation>
    </message>
    <message>
        <source>a file, a folder, or - for stdin</source>
        <translation>文件、文件夹，或用 - 表示标准输入</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可以匹配 %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>as for upload</source>
        <translation>与 upload 相同</translation>
    </message>
    <message>
        <source>at most N uploads (default 50)</source>
        <translation>最多 N 条上传（默认 50）</translation>
    </message>
    <message>
        <source>bilidrop: cancelled</source>
        <translation>bilidrop：已取消</translation>
    </message>
    <message>
        <source>bilidrop: left out of the zip: {problem}</source>
        <translation>bilidrop：未放入 zip：{problem}</translation>
    </message>
    <message>
        <source>bilidrop: no uploads yet (the history is empty)</source>
        <translation>bilidrop：还没有上传（历史记录为空）</translation>
    </message>
    <message>
        <source>bilidrop: stopped: {reason}; {n} file(s) not sent. Try again after {time}, or use --wait.</source>
        <translation>bilidrop：已停止：{reason}；{n} 个文件未发送。请在 {time} 之后重试，或使用 --wait。</translation>
    </message>
    <message>
        <source>bilidrop: the history cannot be read ({path}): {error}</source>
        <translation>bilidrop：无法读取历史记录（{path}）：{error}</translation>
    </message>
    <message>
        <source>bilidrop: {reason} Waiting until {time}.</source>
        <translation>bilidrop：{reason} 等待到 {time}。</translation>
    </message>
    <message>
        <source>capture the screen and upload it in the running window (bind it to a key)</source>
        <translation>截图，并在正在运行的窗口中上传（可为它绑定按键）</translation>
    </message>
    <message>
        <source>check and keep this Cookie header of a signed-in bilibili.com tab instead of scanning a QR code</source>
        <translation>验证并保存已登录 bilibili.com 标签页的这个 Cookie 请求头，而不是扫描二维码</translation>
    </message>
    <message>
        <source>check the service and the sign-in once</source>
        <translation>检查一次服务和登录状态</translation>
    </message>
    <message>
        <source>check this installation offscreen: window, built-in emulator, one upload; exit 0 if all works</source>
        <translation>在屏幕外检查这次安装：窗口、内置模拟服务、一次上传；全部正常时以 0 退出</translation>
    </message>
    <message>
        <source>click the window to take</source>
        <translation>点击要截取的窗口</translation>
    </message>
    <message>
        <source>drag a rectangle or click a window (the default)</source>
        <translation>拖出一个矩形或点击一个窗口（默认）</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一个参数</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>(expires {time})</source>
        <translation>（{time} 过期）</translation>
    </message>
    <message>
        <source>files or folders to upload: given to the running window of the same kind, or queued in a new one</source>
        <translation>要上传的文件或文件夹：交给正在运行的同类窗口，或在新窗口中排队</translation>
    </message>
    <message>
        <source>for a cookie pasted from a browser: revoke it on the server too (signs that browser out)</source>
        <translation>对从浏览器粘贴的 Cookie：也在服务器上注销（会让那个浏览器退出登录）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>list finished uploads and their links, newest first</source>
        <translation>列出已完成的上传及其链接，最新的在前</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>not sent: {reason}; try again after {time}, or use --wait</source>
        <translation>未发送：{reason}；请在 {time} 之后重试，或使用 --wait</translation>
    </message>
    <message>
        <source>not signed in: run &apos;bilidrop login&apos;, pass --cookie or set {variable}</source>
        <translation>未登录：请运行 bilidrop login、传入 --cookie 或设置 {variable}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未续期</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须给出参数 %s 之一</translation>
    </message>
    <message>
        <source>one origin serving every endpoint, e.g. the emulator&apos;s http://127.0.0.1:PORT (default: the real Bilibili services)</source>
        <translation>提供所有接口的一个源，例如模拟服务的 http://127.0.0.1:PORT（默认：真实的哔哩哔哩服务）</translation>
    </message>
    <message>
        <source>open the window on a built-in emulator, signed in as a demo account</source>
        <translation>在内置模拟服务上打开窗口，并登录演示账号</translation>
    </message>
    <message>
        <source>open the window on one origin serving every endpoint, e.g. an emulator&apos;s http://127.0.0.1:PORT (default: the real Bilibili services)</source>
        <translation>在提供所有接口的一个源上打开窗口，例如模拟服务的 http://127.0.0.1:PORT（默认：真实的哔哩哔哩服务）</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>print a JSON object</source>
        <translation>输出一个 JSON 对象</translation>
    </message>
    <message>
        <source>print one JSON object per file instead of text</source>
        <translation>每个文件输出一个 JSON 对象，而不是文字</translation>
    </message>
    <message>
        <source>print one JSON object per upload</source>
        <translation>每条上传输出一个 JSON 对象</translation>
    </message>
    <message>
        <source>reach the service through this proxy: http://, https:// or socks5://HOST:PORT (user:password@ allowed; default: the system&apos;s, from HTTPS_PROXY, ALL_PROXY and NO_PROXY)</source>
        <translation>通过这个代理连接服务：http://、https:// 或 socks5://HOST:PORT（可带 user:password@；默认使用系统代理，取自 HTTPS_PROXY、ALL_PROXY 和 NO_PROXY）</translation>
    </message>
    <message>
        <source>renew a QR sign-in now if the service says it is due</source>
        <translation>如果服务提示需要续期，立即为二维码登录续期</translation>
    </message>
    <message>
        <source>run the local stand-in for the Bilibili services</source>
        <translation>运行本机的哔哩哔哩模拟服务</translation>
    </message>
    <message>
        <source>send every FILE and folder as one zip (one link; the size limit applies to the zip); names inside are UTF-8</source>
        <translation>把所有 FILE 和文件夹打包成一个 zip 发送（一个链接；大小上限按 zip 计算）；包内文件名为 UTF-8</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示这条帮助信息并退出</translation>
    </message>
    <message>
        <source>sign in by scanning a QR code with the Bilibili app</source>
        <translation>用哔哩哔哩 App 扫描二维码登录</translation>
    </message>
    <message>
        <source>sign out: revoke a QR session and forget it here; a pasted browser cookie is only forgotten here unless --everywhere</source>
        <translation>退出登录：注销二维码登录的会话，并在本机忘记；从浏览器粘贴的 Cookie 只在本机忘记，除非加上 --everywhere</translation>
    </message>
    <message>
        <source>start in the tray without showing the window (shown when there is no tray)</source>
        <translation>在托盘中启动，不显示窗口（没有托盘时显示窗口）</translation>
    </message>
    <message>
        <source>take the whole screen under the pointer at once</source>
        <translation>立即截取鼠标指针所在的整个屏幕</translation>
    </message>
    <message>
        <source>the Cookie header of a signed-in bilibili.com tab (safer: set {variable}, which other users cannot see in the process list; else the keyring is used)</source>
        <translation>已登录 bilibili.com 标签页的 Cookie 请求头（更安全的做法：设置 {variable}，其他用户无法在进程列表中看到它；都没有时使用密钥环）</translation>
    </message>
    <message>
        <source>the demo window&apos;s history</source>
        <translation>演示窗口的历史记录</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下参数：%s</translation>
    </message>
    <message>
        <source>the history of a window on URL</source>
        <translation>连接 URL 的窗口的历史记录</translation>
    </message>
    <message>
        <source>the name of what arrives on standard input (default: stdin-TIME and a suffix guessed from its first bytes), or of the zip with --zip</source>
        <translation>从标准输入读取的内容的名称（默认：stdin-时间，加上根据开头字节推测的后缀），或使用 --zip 时 zip 的名称</translation>
    </message>
    <message>
        <source>the stored sign-in is no longer valid: run &apos;bilidrop login&apos;</source>
        <translation>保存的登录已失效：请运行 bilidrop login</translation>
    </message>
    <message>
        <source>the window on the built-in emulator</source>
        <translation>使用内置模拟服务的窗口</translation>
    </message>
    <message>
        <source>the window on this origin</source>
        <translation>连接这个源的窗口</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>upload files and print their links</source>
        <translation>上传文件并输出链接</translation>
    </message>
    <message>
        <source>upload what is on the clipboard instead</source>
        <translation>改为上传剪贴板中的内容</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>when Bilibili asks to slow down, wait it out and finish the batch (default: stop with exit status 4 and say when to try again)</source>
        <translation>哔哩哔哩要求放慢速度时，等待结束后继续完成这一批（默认：以退出状态 4 停止，并说明何时重试）</translation>
    </message>
    <message>
        <source>who is signed in, and where it is kept</source>
        <translation>谁已登录，登录信息存放在哪里</translation>
    </message>
    <message>
        <source>{name} (mid {mid}) · kept in: {where}</source>
        <translation>{name}（UID {mid}） · 存放于：{where}</translation>
    </message>
    <message>
        <source>{name}: {reason} Retrying in {seconds} s.</source>
        <translation>「{name}」：{reason} {seconds} 秒后重试。</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}：错误：{message}</translation>
    </message>
    <message>
        <source>{state}: {detail}</source>
        <translation>{state}：{detail}</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>（已过期）</translation>
    </message>
    <message>
        <source>Copy error &amp;details</source>
        <translation>复制错误详情(&amp;D)</translation>
    </message>
    <message>
        <source>Copy what went wrong, with its codes, for the chat with customer service</source>
        <translation>复制出错的经过和错误代码，用于发给客服</translation>
    </message>
    <message>
        <source>Error details copied: paste them into the chat with customer service.</source>
        <translation>错误详情已复制：可粘贴到与客服的对话中。</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>代码 {code}</translation>
    </message>
    <message>
        <source>A dropped folder or several files: one link each, or one zip with one link</source>
        <translation>拖入文件夹或多个文件时：每个文件一个链接，或打包成一个 zip、只有一个链接</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <source>Folders and several &amp;files:</source>
        <translation>文件夹和多个文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Send as one zip</source>
        <translation>打包成一个 zip 发送</translation>
    </message>
    <message>
        <source>Send as one zip?</source>
        <translation>打包成一个 zip 发送？</translation>
    </message>
    <message>
        <source>The folder holds {n} files. Upload each of them, or send them all as one zip with one link?</source>
        <translation>文件夹中有 {n} 个文件。要逐个上传，还是全部打包成一个 zip、只生成一个链接？</translation>
    </message>
    <message>
        <source>Upload each file</source>
        <translation>逐个上传</translation>
    </message>
    <message>
        <source>Zipping: {done} of {total} files…</source>
        <translation>正在打包：{done}/{total} 个文件…</translation>
    </message>
    <message>
        <source>{n} files: upload each with its own link, or send them as one zip with one link?</source>
        <translation>{n} 个文件：逐个上传、各有一个链接，还是打包成一个 zip、只生成一个链接？</translation>
    </message>
    <message>
        <source>Copy links</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 个文件</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} 个文件</translation>
    </message>
    <message>
        <source>1 folder</source>
        <translation>1 个文件夹</translation>
    </message>
    <message>
        <source>{n} folders</source>
        <translation>{n} 个文件夹</translation>
    </message>
    <message>
        <source>{files} and {folders}</source>
        <translation>{files}和 {folders}</translation>
    </message>
    <message>
        <source>bilidrop: handed {what} to the running BiliDrop window</source>
        <translation>bilidrop：已将 {what}交给正在运行的 BiliDrop 窗口</translation>
    </message>
</context>
</TS>
