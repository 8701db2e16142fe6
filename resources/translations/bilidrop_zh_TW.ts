<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>Not signed in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>登入…</translation>
    </message>
    <message>
        <source>mid {mid}</source>
        <translation>使用者 {mid}</translation>
    </message>
    <message>
        <source>{name} (demo)</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>Sign out: revoke this session and forget it on this computer</source>
        <translation>登出：登出此工作階段，並從本機刪除</translation>
    </message>
    <message>
        <source>Sign in with the Bilibili app (QR code) or a browser&apos;s cookies</source>
        <translation>用嗶哩嗶哩 App 掃碼，或用瀏覽器的 Cookie 登入</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Online · {ms} ms</source>
        <translation>線上 · {ms} 毫秒</translation>
    </message>
    <message>
        <source>Slow · {s:.1f} s</source>
        <translation>較慢 · {s:.1f} 秒</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>未登入</translation>
    </message>
    <message>
        <source>Offline · checking…</source>
        <translation>離線 · 正在檢查…</translation>
    </message>
    <message>
        <source>Offline · retrying in {n} s</source>
        <translation>離線 · {n} 秒後重試</translation>
    </message>
    <message>
        <source>Click to check the connection now.</source>
        <translation>點選立即檢查連線。</translation>
    </message>
    <message>
        <source>Last success: {time}</source>
        <translation>上次成功：{time}</translation>
    </message>
    <message>
        <source>Latency: {ms} ms</source>
        <translation>延遲：{ms} 毫秒</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>上次錯誤：{error}</translation>
    </message>
    <message>
        <source>Drop files here or click to choose</source>
        <translation>把檔案拖到這裡，或點選選擇</translation>
    </message>
    <message>
        <source>Each file gets a link that works for {minutes} minutes · up to {limit} per file</source>
        <translation>每個檔案會產生一個 {minutes} 分鐘內有效的連結 · 單一檔案最大 {limit}</translation>
    </message>
    <message>
        <source>Drop files or folders here, or press Enter to choose files (Ctrl+O)</source>
        <translation>把檔案或資料夾拖到這裡，或按 Enter 鍵選擇檔案（Ctrl+O）</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>connection refused or no network</source>
        <translation>連線被拒絕或沒有網路</translation>
    </message>
    <message>
        <source>the connection was dropped</source>
        <translation>連線中斷</translation>
    </message>
    <message>
        <source>an HTML page instead of JSON</source>
        <translation>傳回了網頁而不是 JSON</translation>
    </message>
    <message>
        <source>a body that is not JSON</source>
        <translation>內容不是 JSON</translation>
    </message>
    <message>
        <source>JSON without a numeric &apos;code&apos;</source>
        <translation>JSON 中缺少數字 code</translation>
    </message>
    <message>
        <source>code 0 with an error status</source>
        <translation>code 為 0 但 HTTP 狀態表示錯誤</translation>
    </message>
    <message>
        <source>an upload reply without a link</source>
        <translation>上傳回覆中沒有連結</translation>
    </message>
    <message>
        <source>the link has expired or was altered</source>
        <translation>連結已過期或被改動</translation>
    </message>
    <message>
        <source>the file does not exist (moved or deleted?).</source>
        <translation>找不到檔案（可能已移動或刪除）。</translation>
    </message>
    <message>
        <source>not a regular file (a folder or a device).</source>
        <translation>不是普通檔案（是資料夾或裝置）。</translation>
    </message>
    <message>
        <source>cannot be read ({reason}). Check its permissions.</source>
        <translation>無法讀取（{reason}）。請檢查檔案權限。</translation>
    </message>
    <message>
        <source>the file is empty; there is nothing to send.</source>
        <translation>檔案是空的，沒有可上傳的內容。</translation>
    </message>
    <message>
        <source>too large: the service accepts files up to {limit}. Split or compress it first.</source>
        <translation>檔案超過 {limit} 上限，請先分割或壓縮。</translation>
    </message>
    <message>
        <source>{size} is too large: the service accepts files up to {limit}. Split or compress it first.</source>
        <translation>檔案 {size}，超過 {limit} 上限，請先分割或壓縮。</translation>
    </message>
    <message>
        <source>Not signed in, or the sign-in has expired. Sign in again.</source>
        <translation>未登入，或登入已過期。請重新登入。</translation>
    </message>
    <message>
        <source>The service rejected the csrf token (bili_jct). Sign in again to refresh it.</source>
        <translation>服務拒絕了 csrf 權杖（bili_jct）。請重新登入以更新它。</translation>
    </message>
    <message>
        <source>The service could not read this account&apos;s details. Sign in again.</source>
        <translation>服務無法讀取此帳號的資訊。請重新登入。</translation>
    </message>
    <message>
        <source>The service answered with code {code}: {message}.</source>
        <translation>服務傳回錯誤碼 {code}：{message}。</translation>
    </message>
    <message>
        <source>Could not reach the service ({what}). Check the connection.</source>
        <translation>無法連線服務（{what}）。請檢查網路連線。</translation>
    </message>
    <message>
        <source>The service sent an unexpected reply{status}: {what}.</source>
        <translation>服務傳回了意外的回覆{status}：{what}。</translation>
    </message>
    <message>
        <source>Upload cancelled.</source>
        <translation>上傳已取消。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>上傳時間</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Upload history</source>
        <translation>上傳歷史記錄</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按名稱搜尋</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>搜尋歷史記錄</translation>
    </message>
    <message>
        <source>Uploaded files</source>
        <translation>已上傳的檔案</translation>
    </message>
    <message>
        <source>History messages</source>
        <translation>歷史記錄提示</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>複製連結(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the link (Ctrl+C)</source>
        <translation>複製連結（Ctrl+C）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Open the link in the browser</source>
        <translation>在瀏覽器中開啟連結</translation>
    </message>
    <message>
        <source>&amp;QR code</source>
        <translation>QR 碼(&amp;Q)</translation>
    </message>
    <message>
        <source>Show the link as a QR code</source>
        <translation>以 QR 碼顯示連結</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在資料夾中顯示(&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
        <translation>開啟檔案所在的資料夾</translation>
    </message>
    <message>
        <source>&amp;Re-upload</source>
        <translation>重新上傳(&amp;R)</translation>
    </message>
    <message>
        <source>Upload the file again for a fresh link</source>
        <translation>再次上傳檔案，取得新連結</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Remove this entry (Delete)</source>
        <translation>刪除這筆記錄（Delete）</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>清除歷史記錄(&amp;L)…</translation>
    </message>
    <message>
        <source>Remove every entry</source>
        <translation>刪除全部記錄</translation>
    </message>
    <message>
        <source>Not copied: the link of {name} has expired. Use Re-upload for a fresh one.</source>
        <translation>未複製：「{name}」的連結已過期。請重新上傳以取得新連結。</translation>
    </message>
    <message>
        <source>Link copied, expires at {time}</source>
        <translation>連結已複製，{time} 前有效</translation>
    </message>
    <message>
        <source>The folder {folder} no longer exists.</source>
        <translation>資料夾「{folder}」已不存在。</translation>
    </message>
    <message>
        <source>{name} is no longer at {path}: nothing to re-upload.</source>
        <translation>「{name}」已不在「{path}」：無法重新上傳。</translation>
    </message>
    <message>
        <source>Re-uploading {name}: see the main window.</source>
        <translation>正在重新上傳「{name}」：請查看主視窗。</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>清除歷史記錄？</translation>
    </message>
    <message>
        <source>Remove all {n} entries? The links themselves are not affected.</source>
        <translation>刪除全部 {n} 筆記錄？連結本身不受影響。</translation>
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
        <translation>QR 碼：{name}</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>連結的 QR 碼</translation>
    </message>
    <message>
        <source>Scan with a phone&apos;s camera to download {name}.</source>
        <translation>用手機相機掃描即可下載「{name}」。</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>This link has expired.</source>
        <translation>此連結已過期。</translation>
    </message>
    <message>
        <source>Expired: re-upload the file for a new link.</source>
        <translation>已過期：請重新上傳檔案以取得新連結。</translation>
    </message>
    <message>
        <source>BiliDrop — demo</source>
        <translation>BiliDrop — 示範</translation>
    </message>
    <message>
        <source>Demo mode: files go to a built-in stand-in for the Bilibili service on this computer, signed in as a demo account kept in memory only.</source>
        <translation>示範模式：檔案上傳到本機內建的嗶哩嗶哩模擬服務，使用僅儲存在記憶體中的示範帳號。</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>示範模式</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>新增檔案(&amp;A)…</translation>
    </message>
    <message>
        <source>Choose files to upload</source>
        <translation>選擇要上傳的檔案</translation>
    </message>
    <message>
        <source>&amp;Paste files</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the selected links</source>
        <translation>複製選取的連結</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>開啟連結(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected link in the browser</source>
        <translation>在瀏覽器中開啟選取的連結</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <source>Stop the selected uploads</source>
        <translation>停止選取的上傳</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>Try the selected failed uploads again</source>
        <translation>重試選取的失敗上傳</translation>
    </message>
    <message>
        <source>R&amp;e-upload</source>
        <translation>重新上傳(&amp;E)</translation>
    </message>
    <message>
        <source>Upload the same file again for a fresh link</source>
        <translation>再次上傳同一檔案，取得新連結</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected rows from the list</source>
        <translation>從清單中移除選取的列</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>變更設定</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>歷史記錄(&amp;H)…</translation>
    </message>
    <message>
        <source>Every finished upload and its link</source>
        <translation>所有已完成的上傳及其連結</translation>
    </message>
    <message>
        <source>Show &amp;QR code</source>
        <translation>顯示 QR 碼(&amp;Q)</translation>
    </message>
    <message>
        <source>Show the selected link as a QR code for a phone</source>
        <translation>以 QR 碼顯示選取的連結，供手機掃描</translation>
    </message>
    <message>
        <source>Check &amp;connection</source>
        <translation>檢查連線(&amp;C)</translation>
    </message>
    <message>
        <source>Check the connection and sign-in now</source>
        <translation>立即檢查連線和登入狀態</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>登入(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign in with the cookies of a bilibili.com tab</source>
        <translation>用已登入的 bilibili.com 頁面的 Cookie 登入</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>Forget this sign-in on this computer</source>
        <translation>在本機上刪除此登入</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit BiliDrop</source>
        <translation>結束 BiliDrop</translation>
    </message>
    <message>
        <source>Copy a&amp;s</source>
        <translation>複製為(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>上傳(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>帳號(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>上傳完成</translation>
    </message>
    <message>
        <source>{name}: link ready, expires at {time}</source>
        <translation>「{name}」：連結已就緒，{time} 過期</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>上傳失敗</translation>
    </message>
    <message>
        <source>Upload a folder?</source>
        <translation>上傳資料夾？</translation>
    </message>
    <message>
        <source>The folder holds {n} files. Upload all of them?</source>
        <translation>資料夾中有 {n} 個檔案。全部上傳嗎？</translation>
    </message>
    <message>
        <source>Nothing to upload: the folder is empty.</source>
        <translation>沒有可上傳的內容：資料夾是空的。</translation>
    </message>
    <message>
        <source>Only files on this computer can be uploaded: {n} web link(s) were skipped. Save the file first, then drop it here.</source>
        <translation>只能上傳本機上的檔案：已跳過 {n} 個網頁連結。請先儲存檔案，再拖到這裡。</translation>
    </message>
    <message>
        <source>{n} links copied, the first expires at {time}</source>
        <translation>已複製 {n} 個連結，最早一個於 {time} 過期</translation>
    </message>
    <message>
        <source>The history is not available.</source>
        <translation>歷史記錄不可用。</translation>
    </message>
    <message>
        <source>Signed out. The sign-in was removed from this computer.</source>
        <translation>已登出。登入資訊已從本機刪除。</translation>
    </message>
    <message>
        <source>BiliDrop is still running</source>
        <translation>BiliDrop 仍在執行</translation>
    </message>
    <message>
        <source>Uploads go on; the tray icon brings the window back.</source>
        <translation>上傳會繼續；點選系統匣圖示可重新開啟視窗。</translation>
    </message>
    <message>
        <source>Quit BiliDrop?</source>
        <translation>結束 BiliDrop？</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR 碼</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>複製連結</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Re-upload</source>
        <translation>重新上傳</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>上傳佇列</translation>
    </message>
    <message>
        <source>kept in memory only</source>
        <translation>僅儲存在記憶體中</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>System keyring ({name})</source>
        <translation>系統金鑰圈（{name}）</translation>
    </message>
    <message>
        <source>This session only: no system keyring found</source>
        <translation>僅本次執行：未找到系統金鑰圈</translation>
    </message>
    <message>
        <source>Sign in to upload.</source>
        <translation>登入後即可上傳。</translation>
    </message>
    <message>
        <source>The system keyring could not be read. Unlock it, then sign in again.</source>
        <translation>無法讀取系統金鑰圈。請解鎖後重新登入。</translation>
    </message>
    <message>
        <source>The system keyring refused to keep the sign-in: it is kept for this session only.</source>
        <translation>系統金鑰圈拒絕儲存登入資訊：僅在本次執行中保留。</translation>
    </message>
    <message>
        <source>The system keyring could not delete the sign-in.</source>
        <translation>系統金鑰圈無法刪除登入資訊。</translation>
    </message>
    <message>
        <source>The service does not accept this sign-in: it was signed out or has expired. Sign in again.</source>
        <translation>服務不接受此登入：已登出或已過期。請重新登入。</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid (signed out elsewhere, or expired). Sign in again.</source>
        <translation>儲存的登入已失效（在別處登出或已過期）。請重新登入。</translation>
    </message>
    <message>
        <source>Removed from this computer, but the service could not revoke the session: {problem}</source>
        <translation>已從本機刪除，但服務未能登出工作階段：{problem}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>How many files are uploaded at the same time</source>
        <translation>同時上傳的檔案數</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often the connection is checked while online</source>
        <translation>線上時檢查連線的間隔</translation>
    </message>
    <message>
        <source>Copy each link when its upload finishes</source>
        <translation>上傳完成後自動複製連結</translation>
    </message>
    <message>
        <source>How a copied link is written</source>
        <translation>複製連結時使用的格式</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>關閉視窗後在系統匣中繼續執行</translation>
    </message>
    <message>
        <source>Notify when an upload ends while the window is in the back</source>
        <translation>視窗在背景時，上傳結束後傳送通知</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>依照系統設定</translation>
    </message>
    <message>
        <source>Takes effect the next time BiliDrop starts</source>
        <translation>下次啟動 BiliDrop 時生效</translation>
    </message>
    <message>
        <source>&amp;Parallel uploads:</source>
        <translation>同時上傳數(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Heartbeat interval:</source>
        <translation>心跳間隔(&amp;H)：</translation>
    </message>
    <message>
        <source>Copy links &amp;as:</source>
        <translation>連結格式(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Sign in to Bilibili</source>
        <translation>登入嗶哩嗶哩</translation>
    </message>
    <message>
        <source>&amp;Scan QR code</source>
        <translation>掃碼登入(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Paste cookies</source>
        <translation>貼上 Cookie(&amp;P)</translation>
    </message>
    <message>
        <source>Getting a sign-in code…</source>
        <translation>正在取得登入 QR 碼…</translation>
    </message>
    <message>
        <source>QR sign-in status</source>
        <translation>掃碼登入狀態</translation>
    </message>
    <message>
        <source>&amp;New code</source>
        <translation>重新整理 QR 碼(&amp;N)</translation>
    </message>
    <message>
        <source>Get a fresh code (each one works for 3 minutes)</source>
        <translation>取得新的 QR 碼（每個 3 分鐘內有效）</translation>
    </message>
    <message>
        <source>Cookie header</source>
        <translation>Cookie 標頭</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>登入狀態</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>登入(&amp;I)</translation>
    </message>
    <message>
        <source>No code: {reason}</source>
        <translation>無法取得 QR 碼：{reason}</translation>
    </message>
    <message>
        <source>Scanned: confirm on your phone.</source>
        <translation>已掃碼：請在手機上確認。</translation>
    </message>
    <message>
        <source>Expired: here is a new code.</source>
        <translation>已過期：這是新的 QR 碼。</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Expired. Click New code to try again.</source>
        <translation>已過期。點選「重新整理 QR 碼」重試。</translation>
    </message>
    <message>
        <source>Confirmed: checking the account…</source>
        <translation>已確認：正在檢查帳號…</translation>
    </message>
    <message>
        <source>Checking with the service…</source>
        <translation>正在向服務驗證…</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>已登入：{name}</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>顯示視窗</translation>
    </message>
    <message>
        <source>Upload files…</source>
        <translation>上傳檔案…</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>從剪貼簿貼上</translation>
    </message>
    <message>
        <source>Recent links (click to copy)</source>
        <translation>最近的連結（點選複製）</translation>
    </message>
    <message>
        <source>No live links</source>
        <translation>沒有有效連結</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>連結已複製</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Paused: sign in to continue</source>
        <translation>已暫停：登入後繼續</translation>
    </message>
    <message>
        <source>Sent · waiting for the service to answer</source>
        <translation>已傳送 · 等待服務回應</translation>
    </message>
    <message>
        <source>Uploading {percent}%</source>
        <translation>正在上傳 {percent}%</translation>
    </message>
    <message>
        <source>{speed}/s</source>
        <translation>{speed}/秒</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>剩餘 {time}</translation>
    </message>
    <message>
        <source>Retrying in {seconds} s: {reason}</source>
        <translation>{seconds} 秒後重試：{reason}</translation>
    </message>
    <message>
        <source>the file changed since its last upload</source>
        <translation>檔案自上次上傳後已變更</translation>
    </message>
    <message>
        <source>Interrupted: BiliDrop closed before this upload finished. Retry to send it.</source>
        <translation>已中斷：BiliDrop 在上傳完成前關閉了。點選重試重新上傳。</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>失敗：{reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Expired: the link no longer works. Re-upload for a new one.</source>
        <translation>已過期：連結已失效。請重新上傳以取得新連結。</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>貼上的圖片</translation>
    </message>
    <message>
        <source>BiliDrop could not finish this ({reason}). Try again.</source>
        <translation>BiliDrop 未能完成此操作（{reason}）。請重試。</translation>
    </message>
    <message>
        <source>BiliDrop ran into an internal error. Try again.</source>
        <translation>BiliDrop 遇到內部錯誤。請重試。</translation>
    </message>
    <message>
        <source>DedeUserID must be the account's numeric id (mid)</source>
        <translation>DedeUserID 必須是帳號的數字 ID（mid）</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>權限不足</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出了點問題。</translation>
    </message>
    <message>
        <source>The cookie text lacks {names}. Copy the whole Cookie header from a signed-in bilibili.com tab.</source>
        <translation>Cookie 文字缺少 {names}。請從已登入的 bilibili.com 分頁複製完整的 Cookie 標頭。</translation>
    </message>
    <message>
        <source>The history could not be saved ({reason}); links still work.</source>
        <translation>無法儲存歷史記錄（{reason}）；連結仍然可用。</translation>
    </message>
    <message>
        <source>a QR poll reply without its state</source>
        <translation>QR 碼輪詢回覆中沒有狀態</translation>
    </message>
    <message>
        <source>a QR reply without a code</source>
        <translation>QR 碼回覆中沒有 QR 碼</translation>
    </message>
    <message>
        <source>a loop of symbolic links</source>
        <translation>符號連結形成了迴圈</translation>
    </message>
    <message>
        <source>a network error</source>
        <translation>網路錯誤</translation>
    </message>
    <message>
        <source>a signed-in QR reply without usable cookies</source>
        <translation>掃碼登入成功的回覆中沒有可用的 Cookie</translation>
    </message>
    <message>
        <source>a reply larger than the service ever sends</source>
        <translation>回覆大得超出該服務的正常範圍</translation>
    </message>
    <message>
        <source>a link that is not the service&apos;s</source>
        <translation>不是該服務的連結</translation>
    </message>
    <message>
        <source>This link is not a web link, so BiliDrop does not open it.</source>
        <translation>這不是網頁連結，BiliDrop 不會開啟它。</translation>
    </message>
    <message>
        <source>Waiting for the network… goes on when the service answers again</source>
        <translation>等待網路：服務恢復回應後自動繼續</translation>
    </message>
    <message>
        <source>&amp;About BiliDrop</source>
        <translation>關於 BiliDrop(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>About BiliDrop</source>
        <translation>關於 BiliDrop</translation>
    </message>
    <message>
        <source>BiliDrop {version}
Uploads files to Bilibili&apos;s customer-service file service; each link works for {minutes} minutes.
History and settings: {folder}</source>
        <translation>BiliDrop {version}
把檔案上傳到嗶哩嗶哩客服的檔案服務，每個連結 {minutes} 分鐘內有效。
歷史記錄和設定：{folder}</translation>
    </message>
    <message>
        <source>The version, and where BiliDrop keeps its files</source>
        <translation>版本，以及 BiliDrop 儲存檔案的位置</translation>
    </message>
    <message>
        <source>its certificate is not trusted on this computer</source>
        <translation>本機不信任它的憑證</translation>
    </message>
    <message>
        <source>Could not reach the service safely ({what}). Behind a company proxy that checks secure connections, its root certificate must be installed in the system&apos;s certificate store; ask the IT department.</source>
        <translation>無法安全地連線到服務（{what}）。如果公司代理會檢查加密連線，需要把它的根憑證安裝到系統的憑證存放區中，請聯絡網路管理員。</translation>
    </message>
    <message>
        <source>an account reply without the account</source>
        <translation>帳號回覆中沒有帳號資訊</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>另一個程式正在使用它</translation>
    </message>
    <message>
        <source>cannot be read ({reason}).</source>
        <translation>無法讀取（{reason}）。</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>它不存在</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一個資料夾</translation>
    </message>
    <message>
        <source>system error {number}</source>
        <translation>系統錯誤 {number}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <source>the file changed while it was being sent. Retry to send it as it is now.</source>
        <translation>檔案在上傳過程中被修改。請重試，以上傳它現在的內容。</translation>
    </message>
    <message>
        <source>the image is too large</source>
        <translation>圖片太大</translation>
    </message>
    <message>
        <source>the image was not served</source>
        <translation>伺服器沒有傳回圖片</translation>
    </message>
    <message>
        <source>the link did not give the file</source>
        <translation>連結沒有傳回檔案</translation>
    </message>
    <message>
        <source>the service refused it as too large (it accepts files up to {limit}). Split or compress it first.</source>
        <translation>服務拒絕了它，因為檔案太大（最多接受 {limit} 的檔案）。請先分割或壓縮。</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>「{name}」為空</translation>
    </message>
    <message>
        <source>Bilibili says requests come too often ({what}). BiliDrop slows down and tries again later.</source>
        <translation>嗶哩嗶哩提示請求過於頻繁（{what}）。BiliDrop 會放慢速度，稍後再試。</translation>
    </message>
    <message>
        <source>Bilibili wants to check that a person is using this network ({what}). Open bilibili.com in a browser on this network, pass the check there, then try again (in the window: Try now).</source>
        <translation>嗶哩嗶哩要求驗證此網路上是否為真人操作（{what}）。請在此網路的瀏覽器中開啟 bilibili.com 並完成驗證，然後再試（在視窗中：「立即重試」）。</translation>
    </message>
    <message>
        <source>Bilibili's risk control is refusing requests from this network ({what}). BiliDrop waits before trying again: trying sooner makes the block last longer.</source>
        <translation>嗶哩嗶哩風險控管正在拒絕來自此網路的請求（{what}）。BiliDrop 會等待一段時間後再試：過早重試會讓封鎖持續更久。</translation>
    </message>
    <message>
        <source>Click to try now instead of waiting.</source>
        <translation>點選可立即重試，無需繼續等待。</translation>
    </message>
    <message>
        <source>Held: Bilibili asked to slow down ({what}); resumes at {time}</source>
        <translation>已暫緩：嗶哩嗶哩要求放慢速度（{what}）；將於 {time} 繼續</translation>
    </message>
    <message>
        <source>Slowed down by Bilibili · until {time}</source>
        <translation>被嗶哩嗶哩限速 · 直到 {time}</translation>
    </message>
    <message>
        <source>Slowed down · checking…</source>
        <translation>已限速 · 正在檢查…</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>立即重試</translation>
    </message>
    <message>
        <source>{reason} Trying again at {time}.</source>
        <translation>{reason} 將於 {time} 再試。</translation>
    </message>
    <message>
        <source>the sign-in renewal page was not found</source>
        <translation>找不到續期登入的頁面</translation>
    </message>
    <message>
        <source>the sign-in renewal page had no token</source>
        <translation>續期登入的頁面中沒有權杖</translation>
    </message>
    <message>
        <source>a sign-in renewal without new cookies</source>
        <translation>續期登入的回覆中沒有新的 Cookie</translation>
    </message>
    <message>
        <source>Forget it on this computer (your browser stays signed in)</source>
        <translation>僅在這台電腦上忘記（瀏覽器保持登入）</translation>
    </message>
    <message>
        <source>Forgotten on this computer; the browser it came from stays signed in.</source>
        <translation>已在這台電腦上忘記；它來自的瀏覽器仍保持登入。</translation>
    </message>
    <message>
        <source>In a browser signed in to bilibili.com, open the developer tools (F12) → Network, select any request to bilibili.com and copy its whole &lt;b&gt;Cookie&lt;/b&gt; request header. BiliDrop needs SESSDATA, bili_jct and DedeUserID from it; other cookies are ignored.&lt;br&gt;&lt;br&gt;A pasted cookie is the browser's own session: when the browser renews or ends it, BiliDrop's copy stops working. For one that lasts, copy it from a &lt;b&gt;private window&lt;/b&gt; and close that window without signing out, or use the QR code.</source>
        <translation>在已登入 bilibili.com 的瀏覽器中開啟開發者工具（F12）→ 網路，選取任意一個發往 bilibili.com 的請求，複製完整的 &lt;b&gt;Cookie&lt;/b&gt; 標頭。BiliDrop 需要其中的 SESSDATA、bili_jct 和 DedeUserID，其餘 Cookie 會被忽略。&lt;br&gt;&lt;br&gt;貼上的 Cookie 就是瀏覽器自己的登入工作階段：瀏覽器續期或結束它時，BiliDrop 的副本就會失效。想要長期有效，請從&lt;b&gt;無痕視窗&lt;/b&gt;複製，並在不登出的情況下關閉該視窗，或者使用 QR 碼登入。</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>在所有地方登出</translation>
    </message>
    <message>
        <source>Sign-in renewed</source>
        <translation>登入已續期</translation>
    </message>
    <message>
        <source>This sign-in is a cookie pasted from a browser: it is that browser's session. Signing it out everywhere signs the browser out too.</source>
        <translation>這個登入是從瀏覽器貼上的 Cookie：它就是那個瀏覽器的工作階段。在所有地方登出也會讓那個瀏覽器登出。</translation>
    </message>
    <message>
        <source>This sign-in was a cookie pasted from a browser, and the browser it came from renewed or ended it. Sign in with the QR code for a sign-in that lasts.</source>
        <translation>這個登入是從瀏覽器貼上的 Cookie，它來自的瀏覽器已經續期或結束了它。請使用 QR 碼登入，以取得長期有效的登入。</translation>
    </message>
    <message>
        <source>1 upload has not finished. Quit and cancel it?</source>
        <translation>還有 1 個上傳未完成。要結束並取消它嗎？</translation>
    </message>
    <message>
        <source>Demo mode: signed out of the demo account. Sign in again: the demo's QR code confirms itself after a few seconds.</source>
        <translation>示範模式：已登出示範帳號。請重新登入：示範的 QR 碼會在幾秒後自動確認。</translation>
    </message>
    <message>
        <source>Sign out of this account? Waiting uploads pause until you sign in again.</source>
        <translation>要登出這個帳號嗎？等待中的上傳會暫停，直到您重新登入。</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>登出？</translation>
    </message>
    <message>
        <source>{n} uploads have not finished. Quit and cancel them?</source>
        <translation>還有 {n} 個上傳未完成。要結束並取消它們嗎？</translation>
    </message>
    <message>
        <source>No uploads yet: every finished upload appears here with its link.</source>
        <translation>還沒有上傳：每個完成的上傳都會和它的連結一起顯示在這裡。</translation>
    </message>
    <message>
        <source>Nothing in the history matches “{search}”.</source>
        <translation>歷史記錄中沒有符合「{search}」的項目。</translation>
    </message>
    <message>
        <source>Scan with the Bilibili app (Me → scan icon). The code works for 3 minutes.</source>
        <translation>請用嗶哩嗶哩 App 掃描（我的 → 掃一掃圖示）。QR 碼 3 分鐘內有效。</translation>
    </message>
    <message>
        <source>Add BiliDrop to Explorer's “Send to” menu</source>
        <translation>將 BiliDrop 新增到檔案總管的「傳送到」選單</translation>
    </message>
    <message>
        <source>Could not reach the service ({what}). Check the proxy, its user name and password in Settings.</source>
        <translation>無法連線服務（{what}）。請在「設定」中檢查代理及其使用者名稱和密碼。</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the settings file</source>
        <translation>儲存在系統金鑰圈中，絕不寫入設定檔</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網路</translation>
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
        <translation>密碼(&amp;W)：</translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation>代理位址(&amp;U)：</translation>
    </message>
    <message>
        <source>Send to: {error}</source>
        <translation>傳送到：{error}</translation>
    </message>
    <message>
        <source>Some desktop settings could not be changed.</source>
        <translation>部分桌面設定未能變更。</translation>
    </message>
    <message>
        <source>Start BiliDrop when I log in</source>
        <translation>登入系統時啟動 BiliDrop</translation>
    </message>
    <message>
        <source>Starting at login: {error}</source>
        <translation>登入時啟動：{error}</translation>
    </message>
    <message>
        <source>Starts in the tray (or shows the window when there is no tray)</source>
        <translation>在系統匣中啟動（沒有系統匣時顯示視窗）</translation>
    </message>
    <message>
        <source>The proxy URL cannot be used: {problem}.</source>
        <translation>無法使用該代理位址：{problem}。</translation>
    </message>
    <message>
        <source>The proxy asked for a user name and password, or refused the ones given. Check them in Settings.</source>
        <translation>代理要求使用者名稱和密碼，或拒絕了所填的使用者名稱和密碼。請在「設定」中檢查。</translation>
    </message>
    <message>
        <source>The system's proxy comes from the desktop's network settings or HTTPS_PROXY</source>
        <translation>系統代理取自桌面的網路設定或 HTTPS_PROXY</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>使用者名稱(&amp;S)：</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>上傳</translation>
    </message>
    <message>
        <source>Use the system's proxy</source>
        <translation>使用系統代理</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>視窗</translation>
    </message>
    <message>
        <source>give only the proxy's scheme, host and port, without a path</source>
        <translation>只需填寫代理的通訊協定、主機和連接埠，不要加上路徑</translation>
    </message>
    <message>
        <source>give the proxy as http://HOST:PORT, https://HOST:PORT or socks5://HOST:PORT</source>
        <translation>請按 http://主機:連接埠、https://主機:連接埠 或 socks5://主機:連接埠 填寫代理</translation>
    </message>
    <message>
        <source>http://, https:// or socks5:// with host and port</source>
        <translation>http://、https:// 或 socks5://，加上主機和連接埠</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可選</translation>
    </message>
    <message>
        <source>the proxy refused the connection</source>
        <translation>代理拒絕了連線</translation>
    </message>
    <message>
        <source>the proxy's port is not a number</source>
        <translation>代理的連接埠不是數字</translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation>未上傳</translation>
    </message>
    <message>
        <source>Uploads finished</source>
        <translation>上傳完成</translation>
    </message>
    <message>
        <source>{name} · {left}</source>
        <translation>{name} · {left}</translation>
    </message>
    <message>
        <source>{n} files cannot be uploaded; the window says why.</source>
        <translation>{n} 個檔案無法上傳，原因見視窗。</translation>
    </message>
    <message>
        <source>{n} links ready</source>
        <translation>{n} 個連結已就緒</translation>
    </message>
    <message>
        <source>{n} links ready, copied</source>
        <translation>{n} 個連結已就緒並已複製</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在連線</translation>
    </message>
    <message>
        <source>Connection: {state}</source>
        <translation>連線：{state}</translation>
    </message>
    <message>
        <source>Enter: {action}</source>
        <translation>Enter：{action}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Opens the file chooser (Ctrl+O). Files and folders can also be dropped here.</source>
        <translation>開啟檔案選擇器（Ctrl+O）。也可以把檔案和資料夾拖放到這裡。</translation>
    </message>
    <message>
        <source>Press to check the connection now (F5)</source>
        <translation>按下可立即檢查連線（F5）</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>調整視窗大小</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>較慢</translation>
    </message>
    <message>
        <source>Slowed down by Bilibili</source>
        <translation>被嗶哩嗶哩限速</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>{name} uploaded: link ready</source>
        <translation>「{name}」已上傳：連結已就緒</translation>
    </message>
    <message>
        <source>This desktop has no system tray now: closing the window quits BiliDrop.</source>
        <translation>此桌面目前沒有系統匣：關閉視窗即結束 BiliDrop。</translation>
    </message>
    <message>
        <source>No browser could open the link. Copy it instead (Ctrl+C) and paste it where needed.</source>
        <translation>沒有瀏覽器能開啟該連結。請改為複製（Ctrl+C）後貼上到需要的地方。</translation>
    </message>
    <message>
        <source>No file manager could open {folder}.</source>
        <translation>沒有檔案管理器能開啟「{folder}」。</translation>
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
        <translation>{n} 分鐘</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小時 {m} 分鐘</translation>
    </message>
    <message>
        <source>Done · {left}</source>
        <translation>完成 · {left}</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>即將過期</translation>
    </message>
    <message>
        <source>expires at {time}</source>
        <translation>{time} 過期</translation>
    </message>
    <message>
        <source>{left}, expires at {time}</source>
        <translation>{left}，{time} 過期</translation>
    </message>
    <message>
        <source>{url}
expires at {time}</source>
        <translation>{url}
{time} 過期</translation>
    </message>
    <message>
        <source>{name}: {left}, expires soon</source>
        <translation>「{name}」：{left}，即將過期</translation>
    </message>
    <message>
        <source>{name}: {left}, the link stops working at {time}.</source>
        <translation>「{name}」：{left}，連結將於 {time} 失效。</translation>
    </message>
    <message>
        <source>A link expires soon</source>
        <translation>有連結即將過期</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>登出…</translation>
    </message>
    <message>
        <source>Sign-in kept: {where}</source>
        <translation>登入資訊儲存在：{where}</translation>
    </message>
    <message>
        <source>{account}
{kept}
Click for the account menu (sign out).</source>
        <translation>{account}
{kept}
點選開啟帳號選單（登出）。</translation>
    </message>
    <message>
        <source>{name} · Bilibili account {mid}</source>
        <translation>{name} · B 站帳號 {mid}</translation>
    </message>
    <message>
        <source>Account: {name}</source>
        <translation>帳號：{name}</translation>
    </message>
    <message>
        <source>Restart BiliDrop?</source>
        <translation>重新啟動 BiliDrop？</translation>
    </message>
    <message>
        <source>The new language shows after BiliDrop starts again. Restart now? (Uploads still running are asked about first; finished links stay in the history.)</source>
        <translation>新語言在 BiliDrop 重新啟動後生效。現在重新啟動嗎？（仍在進行的上傳會先詢問您；已完成的連結保留在歷史記錄中。）</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>復原移除(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the link of every upload that still works, one per line</source>
        <translation>複製所有仍有效的連結，每行一個</translation>
    </message>
    <message>
        <source>Remove every row that is done, failed, cancelled or expired (Ctrl+Z undoes it)</source>
        <translation>移除所有已完成、失敗、已取消或已過期的列（Ctrl+Z 可復原）</translation>
    </message>
    <message>
        <source>Removed {name} · {keys} brings it back</source>
        <translation>已移除「{name}」 · 按 {keys} 恢復</translation>
    </message>
    <message>
        <source>Removed {n} rows · {keys} brings them back</source>
        <translation>已移除 {n} 列 · 按 {keys} 恢復</translation>
    </message>
    <message>
        <source>Copy all live li&amp;nks</source>
        <translation>複製所有有效連結(&amp;N)</translation>
    </message>
    <message>
        <source>Bring back the rows just removed</source>
        <translation>恢復剛剛移除的列</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>清除已完成(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel upload?</source>
        <translation>取消上傳？</translation>
    </message>
    <message>
        <source>Stop uploading {name}? {percent}% is sent; Retry starts it again.</source>
        <translation>停止上傳「{name}」？已傳送 {percent}%；重試會從頭開始。</translation>
    </message>
    <message>
        <source>Stop {n} uploads that are under way? Retry starts them again.</source>
        <translation>停止 {n} 個正在進行的上傳？重試會從頭開始。</translation>
    </message>
    <message>
        <source>For example: {text}</source>
        <translation>例如：{text}</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>我的範本</translation>
    </message>
    <message>
        <source>The template needs {url}, the link itself.</source>
        <translation>範本需要包含 {url}，即連結本身。</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>範本(&amp;T)：</translation>
    </message>
    <message>
        <source>Your own way to write a link: {placeholders} are filled in</source>
        <translation>按您的方式書寫連結：會填入 {placeholders}</translation>
    </message>
    <message>
        <source>photo.png</source>
        <translation>照片.png</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>貼上的文字</translation>
    </message>
    <message>
        <source>Upload the text?</source>
        <translation>上傳這段文字？</translation>
    </message>
    <message>
        <source>The clipboard holds text, not files. Upload it as a .txt file ({n} characters)?</source>
        <translation>剪貼簿裡是文字，不是檔案。要把它作為 .txt 檔案上傳嗎（{n} 個字元）？</translation>
    </message>
    <message>
        <source>The clipboard holds no files, image or text to upload.</source>
        <translation>剪貼簿裡沒有可上傳的檔案、圖片或文字。</translation>
    </message>
    <message>
        <source>No status message</source>
        <translation>沒有狀態訊息</translation>
    </message>
    <message>
        <source>Upload files, an image or text from the clipboard</source>
        <translation>上傳剪貼簿中的檔案、圖片或文字</translation>
    </message>
    <message>
        <source>&amp;Capture screen…</source>
        <translation>截圖上傳(&amp;C)…</translation>
    </message>
    <message>
        <source>Capture the scr&amp;een:</source>
        <translation>截圖(&amp;E)：</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭頭</translation>
    </message>
    <message>
        <source>BiliDrop cannot take global shortcuts on macOS yet. In the Shortcuts app, make a shortcut that runs the shell script “bilidrop capture” and give it a key.</source>
        <translation>BiliDrop 暫時無法在 macOS 上註冊全域快速鍵。請在「捷徑」App 中新增一個執行 Shell 指令碼「bilidrop capture」的捷徑，並為它設定按鍵。</translation>
    </message>
    <message>
        <source>BiliDrop may not record the screen. Allow it in System Settings › Privacy &amp; Security › Screen Recording, then quit and reopen BiliDrop.</source>
        <translation>BiliDrop 沒有錄製螢幕的權限。請在「系統設定 › 隱私權與安全性 › 螢幕錄製」中允許，然後結束並重新開啟 BiliDrop。</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>方框</translation>
    </message>
    <message>
        <source>Capture a region</source>
        <translation>擷取區域</translation>
    </message>
    <message>
        <source>Choose a region, a window or the whole screen, and upload it</source>
        <translation>選擇一個區域、視窗或整個螢幕並上傳</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the picture only (Ctrl+C)</source>
        <translation>只複製圖片，不上傳（Ctrl+C）</translation>
    </message>
    <message>
        <source>Draw a box (B)</source>
        <translation>畫方框（B）</translation>
    </message>
    <message>
        <source>Draw an arrow (A)</source>
        <translation>畫箭頭（A）</translation>
    </message>
    <message>
        <source>Freeze the screen, choose a region or window, upload it</source>
        <translation>凍結螢幕畫面，選擇區域或視窗後上傳</translation>
    </message>
    <message>
        <source>Global shortcut not set: {why}</source>
        <translation>全域快速鍵未設定：{why}</translation>
    </message>
    <message>
        <source>Global shortcuts</source>
        <translation>全域快速鍵</translation>
    </message>
    <message>
        <source>Global shortcuts are not available here: {reason}</source>
        <translation>此桌面無法使用全域快速鍵：{reason}</translation>
    </message>
    <message>
        <source>Hide what is under it for good (M)</source>
        <translation>打馬賽克，徹底遮住下面的內容（M）</translation>
    </message>
    <message>
        <source>Leave without a capture (Esc)</source>
        <translation>不截圖，直接離開（Esc）</translation>
    </message>
    <message>
        <source>Mosaic</source>
        <translation>馬賽克</translation>
    </message>
    <message>
        <source>No screen could be captured.</source>
        <translation>無法擷取螢幕。</translation>
    </message>
    <message>
        <source>Picture copied ({width} × {height}), not uploaded.</source>
        <translation>圖片已複製（{width} × {height}），未上傳。</translation>
    </message>
    <message>
        <source>Press the new keys; clear it for none.</source>
        <translation>按下新的組合鍵；清空則不使用快速鍵。</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>截圖</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>截圖</translation>
    </message>
    <message>
        <source>This desktop (Wayland) lets no program take global keys by itself. Bind the command “bilidrop capture” (or “bilidrop capture --clipboard”) to a key in your desktop&apos;s keyboard settings: GNOME: Settings › Keyboard › Custom Shortcuts; KDE: System Settings › Shortcuts › Custom Shortcuts.</source>
        <translation>此桌面（Wayland）不允許程式自行註冊全域快速鍵。請在桌面的鍵盤設定中為命令「bilidrop capture」（或「bilidrop capture --clipboard」）繫結按鍵：GNOME 在「設定 › 鍵盤 › 自訂快速鍵」，KDE 在「系統設定 › 快速鍵 › 自訂快速鍵」。</translation>
    </message>
    <message>
        <source>This key cannot be a global shortcut.</source>
        <translation>這個鍵不能用作全域快速鍵。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Undo the last mark (Ctrl+Z)</source>
        <translation>復原上一個標註（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上傳</translation>
    </message>
    <message>
        <source>Upload and copy the link (Enter)</source>
        <translation>上傳並複製連結（Enter）</translation>
    </message>
    <message>
        <source>Upload clipboard</source>
        <translation>上傳剪貼簿</translation>
    </message>
    <message>
        <source>Upload the clip&amp;board:</source>
        <translation>上傳剪貼簿(&amp;B)：</translation>
    </message>
    <message>
        <source>Upload the clipboard&apos;s image, files or text without showing the window</source>
        <translation>上傳剪貼簿中的圖片、檔案或文字，不開啟視窗</translation>
    </message>
    <message>
        <source>Wayland does not let BiliDrop read the screen directly: use your desktop&apos;s screenshot tool, then Paste (Ctrl+V) or “Upload clipboard”.</source>
        <translation>Wayland 不允許 BiliDrop 直接讀取螢幕：請先用桌面自帶的截圖工具截圖，再貼上（Ctrl+V）或使用「上傳剪貼簿」。</translation>
    </message>
    <message>
        <source>{keys} could not be set up: {reason}</source>
        <translation>無法設定 {keys}：{reason}</translation>
    </message>
    <message>
        <source>{keys} has no key besides its modifiers</source>
        <translation>{keys} 只有修飾鍵，缺少一個普通鍵</translation>
    </message>
    <message>
        <source>{keys} is already used by another program: choose another shortcut.</source>
        <translation>{keys} 已被其他程式佔用，請換一個快速鍵。</translation>
    </message>
    <message>
        <source>{keys} is not one key with modifiers</source>
        <translation>{keys} 不是「修飾鍵 + 一個鍵」的組合</translation>
    </message>
    <message>
        <source>{keys} needs a modifier (Ctrl, Alt, Shift or the logo key)</source>
        <translation>{keys} 需要一個修飾鍵（Ctrl、Alt、Shift 或 Windows 鍵）</translation>
    </message>
    <message>
        <source>No session bus to reach the desktop&apos;s screenshot portal.</source>
        <translation>沒有工作階段匯流排，無法連線桌面截圖服務。</translation>
    </message>
    <message>
        <source>Screenshot cancelled.</source>
        <translation>已取消截圖。</translation>
    </message>
    <message>
        <source>The desktop could not take the screenshot.</source>
        <translation>桌面未能完成截圖。</translation>
    </message>
    <message>
        <source>The screenshot dialog did not answer.</source>
        <translation>截圖對話方塊沒有回應。</translation>
    </message>
    <message>
        <source>The screenshot portal gave an answer BiliDrop cannot read.</source>
        <translation>桌面截圖服務傳回的內容 BiliDrop 無法識別。</translation>
    </message>
    <message>
        <source>The screenshot portal gave no local file.</source>
        <translation>桌面截圖服務沒有給出本機檔案。</translation>
    </message>
    <message>
        <source>The screenshot portal gave no picture BiliDrop can send.</source>
        <translation>桌面截圖服務給出的不是 BiliDrop 能上傳的圖片。</translation>
    </message>
    <message>
        <source>This desktop has no screenshot portal (xdg-desktop-portal).</source>
        <translation>此桌面沒有桌面截圖服務（xdg-desktop-portal）。</translation>
    </message>
    <message>
        <source>{name}: link copied, works until {time}</source>
        <translation>「{name}」：連結已複製，{time} 前有效</translation>
    </message>
    <message>
        <source>{name}: link ready, works until {time}</source>
        <translation>「{name}」：連結已就緒，{time} 前有效</translation>
    </message>
    <message>
        <source>Copy all live links</source>
        <translation>複製所有有效連結</translation>
    </message>
    <message>
        <source>the desktop made no shortcut session</source>
        <translation>桌面沒有建立快速鍵工作階段</translation>
    </message>
    <message>
        <source>the desktop did not answer</source>
        <translation>桌面沒有回應</translation>
    </message>
    <message>
        <source>refused by the desktop</source>
        <translation>被桌面拒絕</translation>
    </message>
    <message>
        <source>the desktop failed</source>
        <translation>桌面出錯</translation>
    </message>
    <message>
        <source>BiliDrop: capture the screen and upload it</source>
        <translation>BiliDrop：截圖並上傳</translation>
    </message>
    <message>
        <source>BiliDrop: upload the clipboard</source>
        <translation>BiliDrop：上傳剪貼簿</translation>
    </message>
    <message>
        <source>For a chat (name, size, valid until)</source>
        <translation>聊天用（檔名、大小、有效期）</translation>
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
        <translation>已完成 {done}/{total} 個，全部完成後再複製連結。</translation>
    </message>
    <message>
        <source>{n} link(s) ready, not copied: you copied something else meanwhile. Copy them with {keys}.</source>
        <translation>{n} 個連結已就緒，但未複製：期間您複製了其他內容。可按 {keys} 複製全部連結。</translation>
    </message>
    <message>
        <source>&amp;Connection check every:</source>
        <translation>連線檢查間隔(&amp;C)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Quit and cancel uploads</source>
        <translation>結束並取消上傳</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>繼續執行</translation>
    </message>
    <message>
        <source>Stop the upload</source>
        <translation>停止上傳</translation>
    </message>
    <message>
        <source>Keep uploading</source>
        <translation>繼續上傳</translation>
    </message>
    <message>
        <source>Upload as .txt</source>
        <translation>上傳為 .txt</translation>
    </message>
    <message>
        <source>Upload all</source>
        <translation>全部上傳</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>清除歷史記錄</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重新啟動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Quit now</source>
        <translation>立即結束</translation>
    </message>
    <message>
        <source>1 upload has not finished. If you quit, it stops now and comes back at the next start, ready to send again.</source>
        <translation>還有 1 個上傳未完成。現在結束會停止上傳，下次啟動時它會重新列出，可以再次傳送。</translation>
    </message>
    <message>
        <source>{n} uploads have not finished. If you quit, they stop now and come back at the next start, ready to send again.</source>
        <translation>還有 {n} 個上傳未完成。現在結束會停止上傳，下次啟動時它們會重新列出，可以再次傳送。</translation>
    </message>
    <message>
        <source>Re-upload and copy</source>
        <translation>重新上傳並複製</translation>
    </message>
    <message>
        <source>Upload the expired files again and copy the new links</source>
        <translation>重新上傳已過期的檔案並複製新連結</translation>
    </message>
    <message>
        <source>The links you copied expired at {time} and were taken off the clipboard. Re-upload for fresh ones.</source>
        <translation>您複製的連結已於 {time} 過期，已從剪貼簿移除。請重新上傳以取得新連結。</translation>
    </message>
    <message>
        <source>Copied links expired</source>
        <translation>已複製的連結已過期</translation>
    </message>
    <message>
        <source>Retrying in {seconds} s (try {n} of {total}): {reason}</source>
        <translation>{reason}，{seconds} 秒後自動重試（第 {n}/{total} 次）</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>已拒絕：{reason}</translation>
    </message>
    <message>
        <source>Bilibili&apos;s server had a temporary problem (HTTP {status})</source>
        <translation>嗶哩嗶哩伺服器暫時出錯（HTTP {status}）</translation>
    </message>
    <message>
        <source>System keyring (Secret Service)</source>
        <translation>系統金鑰圈</translation>
    </message>
    <message>
        <source>System keyring (KWallet)</source>
        <translation>系統金鑰圈（KWallet）</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS 鑰匙圈</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 認證管理員</translation>
    </message>
    <message>
        <source>Not copied yet: this desktop lets only the window in front use the clipboard. The links are copied when BiliDrop&apos;s window is next in front.</source>
        <translation>尚未複製：此桌面只允許前景視窗使用剪貼簿。下次 BiliDrop 視窗在前景時會自動複製連結。</translation>
    </message>
    <message>
        <source>The screenshot portal failed: {reason}</source>
        <translation>桌面截圖服務出錯：{reason}</translation>
    </message>
    <message>
        <source>(The code&apos;s address: {url})</source>
        <translation>（QR 碼的地址：{url}）</translation>
    </message>
    <message>
        <source>--demo and --api-base choose different services: give one</source>
        <translation>--demo 和 --api-base 指向不同的服務：只能給一個</translation>
    </message>
    <message>
        <source>--limit must be 1 or more</source>
        <translation>--limit 至少為 1</translation>
    </message>
    <message>
        <source>Asks the running BiliDrop window of this service to capture, as its global shortcut does, and starts one (in the tray) when none runs; the link ends on the clipboard. For desktops where BiliDrop cannot take global keys itself (Wayland, macOS): bind this command in the desktop&apos;s keyboard shortcut settings.</source>
        <translation>讓正在執行的、連線同一服務的 BiliDrop 視窗截圖（與全域快速鍵的效果相同）；沒有視窗在執行時，先在系統匣中啟動一個。連結最後會在剪貼簿上。在 BiliDrop 無法自行註冊全域快速鍵的桌面（Wayland、macOS）上，請在桌面的鍵盤快速鍵設定中為這個命令繫結按鍵。</translation>
    </message>
    <message>
        <source>Bilibili asked to slow down ({what}): waiting until {time}</source>
        <translation>嗶哩嗶哩要求放慢速度（{what}）：等待到 {time}</translation>
    </message>
    <message>
        <source>Bilibili says requests come too often ({what})</source>
        <translation>嗶哩嗶哩提示請求過於頻繁（{what}）</translation>
    </message>
    <message>
        <source>Bilibili wants a person to pass a check on bilibili.com ({what})</source>
        <translation>嗶哩嗶哩要求在 bilibili.com 上完成真人驗證（{what}）</translation>
    </message>
    <message>
        <source>Bilibili&apos;s risk control refuses requests from this network ({what})</source>
        <translation>嗶哩嗶哩風險控管正在拒絕來自此網路的請求（{what}）</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Could not check the sign-in: {reason}</source>
        <translation>無法驗證登入：{reason}</translation>
    </message>
    <message>
        <source>Could not renew the sign-in: {reason}</source>
        <translation>無法續期登入：{reason}</translation>
    </message>
    <message>
        <source>Draws a QR code to scan with the Bilibili app, then keeps the sign-in in the system keyring. With --cookie, checks and keeps pasted cookies instead.</source>
        <translation>顯示一個 QR 碼，用嗶哩嗶哩 App 掃描後，把登入資訊儲存在系統金鑰圈中。使用 --cookie 時，改為驗證並儲存貼上的 Cookie。</translation>
    </message>
    <message>
        <source>Forgotten on this computer. It was a cookie pasted from a browser, which stays signed in (use --everywhere to sign that session out too).</source>
        <translation>已在這台電腦上忘記。這是從瀏覽器貼上的 Cookie，該瀏覽器仍保持登入（加上 --everywhere 可同時撤銷那個工作階段）。</translation>
    </message>
    <message>
        <source>Lists the uploads the window keeps in its history. SEARCH matches any part of a file&apos;s name (Chinese too).</source>
        <translation>列出視窗歷史記錄中的上傳。SEARCH 符合檔名的任意部分（中文也可以）。</translation>
    </message>
    <message>
        <source>No sign-in: the codes expired. Run &apos;bilidrop login&apos; again.</source>
        <translation>未登入：QR 碼都已過期。請重新執行 bilidrop login。</translation>
    </message>
    <message>
        <source>Not signed in on this computer.</source>
        <translation>這台電腦上沒有登入。</translation>
    </message>
    <message>
        <source>Not signed in. Kept in: {where}.</source>
        <translation>未登入。登入資訊存放於：{where}。</translation>
    </message>
    <message>
        <source>Not signed in: run &apos;bilidrop login&apos;.</source>
        <translation>未登入：請執行 bilidrop login。</translation>
    </message>
    <message>
        <source>Not signed in: {reason}. Kept in: {where}.</source>
        <translation>未登入：{reason}。登入資訊存放於：{where}。</translation>
    </message>
    <message>
        <source>Online: the service answered in {ms} ms and the account is signed in.</source>
        <translation>線上：服務在 {ms} 毫秒內回應，帳號已登入。</translation>
    </message>
    <message>
        <source>Opens the window with FILEs queued.</source>
        <translation>開啟視窗，並把 FILE 加入上傳佇列。</translation>
    </message>
    <message>
        <source>Scan with the Bilibili app (Me → scan icon); the code works for 3 minutes.</source>
        <translation>請用嗶哩嗶哩 App 掃描（我的 → 掃一掃圖示），QR 碼 3 分鐘內有效。</translation>
    </message>
    <message>
        <source>Scanned: confirm the sign-in on your phone.</source>
        <translation>已掃描：請在手機上確認登入。</translation>
    </message>
    <message>
        <source>Sign-in failed: {reason}</source>
        <translation>登入失敗：{reason}</translation>
    </message>
    <message>
        <source>Sign-in renewed.</source>
        <translation>登入已續期。</translation>
    </message>
    <message>
        <source>Signed in as {name} (mid {mid}). Kept in: {where}.</source>
        <translation>已登入：{name}（UID {mid}）。登入資訊存放於：{where}。</translation>
    </message>
    <message>
        <source>Signed in by QR code; last renewed: {time}.</source>
        <translation>透過 QR 碼登入；上次續期：{time}。</translation>
    </message>
    <message>
        <source>Signed in with a cookie pasted from a browser: never renewed by BiliDrop.</source>
        <translation>使用從瀏覽器貼上的 Cookie 登入：BiliDrop 不會為它續期。</translation>
    </message>
    <message>
        <source>Signed out and the session revoked.</source>
        <translation>已登出，並已撤銷工作階段。</translation>
    </message>
    <message>
        <source>Signed out; the sign-in was removed from this computer.</source>
        <translation>已登出：登入資訊已從這台電腦刪除。</translation>
    </message>
    <message>
        <source>The code expired; here is a new one.</source>
        <translation>QR 碼已過期，這是新的 QR 碼。</translation>
    </message>
    <message>
        <source>The service could not revoke the session ({reason}).</source>
        <translation>服務未能撤銷工作階段（{reason}）。</translation>
    </message>
    <message>
        <source>The sign-in does not need renewing yet.</source>
        <translation>登入暫時不需要續期。</translation>
    </message>
    <message>
        <source>The stored sign-in is no longer valid: run &apos;bilidrop login&apos;.</source>
        <translation>儲存的登入已失效：請執行 bilidrop login。</translation>
    </message>
    <message>
        <source>These cookies are signed out or expired: sign in again.</source>
        <translation>這些 Cookie 已登出或已過期：請重新登入。</translation>
    </message>
    <message>
        <source>This sign-in is a cookie pasted from a browser: its browser renews it, BiliDrop never does (that would sign the browser out).</source>
        <translation>這個登入是從瀏覽器貼上的 Cookie：由那個瀏覽器續期，BiliDrop 從不續期（否則會讓瀏覽器登出）。</translation>
    </message>
    <message>
        <source>Upload files to Bilibili&apos;s customer-service file service and get links that work for {minutes} minutes. Without a command, opens the window with the FILEs (or folders) queued; when a window for the same service is already running, the FILEs go to it instead.</source>
        <translation>把檔案上傳到嗶哩嗶哩客服的檔案服務，取得 {minutes} 分鐘內有效的連結。不帶命令時，開啟視窗並把 FILE（或資料夾）加入上傳佇列；如果連線同一服務的視窗已在執行，FILE 會交給那個視窗。</translation>
    </message>
    <message>
        <source>Uploads each FILE; a folder&apos;s files are uploaded in name order, recursively, as the window does.</source>
        <translation>上傳每個 FILE；資料夾中的檔案按名稱順序遞迴上傳，與視窗中相同。</translation>
    </message>
    <message>
        <source>Without a system keyring the sign-in is not kept after this command; use --cookie or {variable} for each command instead.</source>
        <translation>沒有系統金鑰圈，這個命令結束後登入資訊不會保留；請在每個命令中使用 --cookie 或 {variable}。</translation>
    </message>
    <message>
        <source>a file, a folder, or - for stdin</source>
        <translation>檔案、資料夾，或用 - 表示標準輸入</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>選項不明確：%(option)s 可以符合 %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>as for upload</source>
        <translation>與 upload 相同</translation>
    </message>
    <message>
        <source>at most N uploads (default 50)</source>
        <translation>最多 N 筆上傳（預設 50）</translation>
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
        <translation>bilidrop：還沒有上傳（歷史記錄為空）</translation>
    </message>
    <message>
        <source>bilidrop: stopped: {reason}; {n} file(s) not sent. Try again after {time}, or use --wait.</source>
        <translation>bilidrop：已停止：{reason}；{n} 個檔案未傳送。請在 {time} 之後重試，或使用 --wait。</translation>
    </message>
    <message>
        <source>bilidrop: the history cannot be read ({path}): {error}</source>
        <translation>bilidrop：無法讀取歷史記錄（{path}）：{error}</translation>
    </message>
    <message>
        <source>bilidrop: {reason} Waiting until {time}.</source>
        <translation>bilidrop：{reason} 等待到 {time}。</translation>
    </message>
    <message>
        <source>capture the screen and upload it in the running window (bind it to a key)</source>
        <translation>截圖，並在正在執行的視窗中上傳（可為它繫結按鍵）</translation>
    </message>
    <message>
        <source>check and keep this Cookie header of a signed-in bilibili.com tab instead of scanning a QR code</source>
        <translation>驗證並儲存已登入 bilibili.com 分頁的這個 Cookie 標頭，而不是掃描 QR 碼</translation>
    </message>
    <message>
        <source>check the service and the sign-in once</source>
        <translation>檢查一次服務和登入狀態</translation>
    </message>
    <message>
        <source>check this installation offscreen: window, built-in emulator, one upload; exit 0 if all works</source>
        <translation>在螢幕外檢查這次安裝：視窗、內建模擬服務、一次上傳；全部正常時以 0 結束</translation>
    </message>
    <message>
        <source>click the window to take</source>
        <translation>點選要擷取的視窗</translation>
    </message>
    <message>
        <source>drag a rectangle or click a window (the default)</source>
        <translation>拖出一個矩形或點選一個視窗（預設）</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一個引數</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一個引數</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一個引數</translation>
    </message>
    <message>
        <source>(expires {time})</source>
        <translation>（{time} 過期）</translation>
    </message>
    <message>
        <source>files or folders to upload: given to the running window of the same kind, or queued in a new one</source>
        <translation>要上傳的檔案或資料夾：交給正在執行的同類視窗，或在新視窗中排隊</translation>
    </message>
    <message>
        <source>for a cookie pasted from a browser: revoke it on the server too (signs that browser out)</source>
        <translation>對從瀏覽器貼上的 Cookie：也在伺服器上撤銷（會讓那個瀏覽器登出）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無效的選擇：%(value)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>list finished uploads and their links, newest first</source>
        <translation>列出已完成的上傳及其連結，最新的在前</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能與引數 %s 同時使用</translation>
    </message>
    <message>
        <source>not sent: {reason}; try again after {time}, or use --wait</source>
        <translation>未傳送：{reason}；請在 {time} 之後重試，或使用 --wait</translation>
    </message>
    <message>
        <source>not signed in: run &apos;bilidrop login&apos;, pass --cookie or set {variable}</source>
        <translation>未登入：請執行 bilidrop login、傳入 --cookie 或設定 {variable}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未續期</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必須給出引數 %s 之一</translation>
    </message>
    <message>
        <source>one origin serving every endpoint, e.g. the emulator&apos;s http://127.0.0.1:PORT (default: the real Bilibili services)</source>
        <translation>提供所有介面的一個來源，例如模擬服務的 http://127.0.0.1:PORT（預設：真實的嗶哩嗶哩服務）</translation>
    </message>
    <message>
        <source>open the window on a built-in emulator, signed in as a demo account</source>
        <translation>在內建模擬服務上開啟視窗，並登入示範帳號</translation>
    </message>
    <message>
        <source>open the window on one origin serving every endpoint, e.g. an emulator&apos;s http://127.0.0.1:PORT (default: the real Bilibili services)</source>
        <translation>在提供所有介面的一個來源上開啟視窗，例如模擬服務的 http://127.0.0.1:PORT（預設：真實的嗶哩嗶哩服務）</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引數</translation>
    </message>
    <message>
        <source>print a JSON object</source>
        <translation>輸出一個 JSON 物件</translation>
    </message>
    <message>
        <source>print one JSON object per file instead of text</source>
        <translation>每個檔案輸出一個 JSON 物件，而不是文字</translation>
    </message>
    <message>
        <source>print one JSON object per upload</source>
        <translation>每筆上傳輸出一個 JSON 物件</translation>
    </message>
    <message>
        <source>reach the service through this proxy: http://, https:// or socks5://HOST:PORT (user:password@ allowed; default: the system&apos;s, from HTTPS_PROXY, ALL_PROXY and NO_PROXY)</source>
        <translation>透過這個代理連線服務：http://、https:// 或 socks5://HOST:PORT（可帶 user:password@；預設使用系統代理，取自 HTTPS_PROXY、ALL_PROXY 和 NO_PROXY）</translation>
    </message>
    <message>
        <source>renew a QR sign-in now if the service says it is due</source>
        <translation>如果服務提示需要續期，立即為 QR 碼登入續期</translation>
    </message>
    <message>
        <source>run the local stand-in for the Bilibili services</source>
        <translation>執行本機的嗶哩嗶哩模擬服務</translation>
    </message>
    <message>
        <source>send every FILE and folder as one zip (one link; the size limit applies to the zip); names inside are UTF-8</source>
        <translation>把所有 FILE 和資料夾打包成一個 zip 傳送（一個連結；大小上限按 zip 計算）；包內檔名為 UTF-8</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>顯示這則說明訊息並結束</translation>
    </message>
    <message>
        <source>sign in by scanning a QR code with the Bilibili app</source>
        <translation>用嗶哩嗶哩 App 掃描 QR 碼登入</translation>
    </message>
    <message>
        <source>sign out: revoke a QR session and forget it here; a pasted browser cookie is only forgotten here unless --everywhere</source>
        <translation>登出：撤銷 QR 碼登入的工作階段，並在本機忘記；從瀏覽器貼上的 Cookie 只在本機忘記，除非加上 --everywhere</translation>
    </message>
    <message>
        <source>start in the tray without showing the window (shown when there is no tray)</source>
        <translation>在系統匣中啟動，不顯示視窗（沒有系統匣時顯示視窗）</translation>
    </message>
    <message>
        <source>take the whole screen under the pointer at once</source>
        <translation>立即擷取滑鼠指標所在的整個螢幕</translation>
    </message>
    <message>
        <source>the Cookie header of a signed-in bilibili.com tab (safer: set {variable}, which other users cannot see in the process list; else the keyring is used)</source>
        <translation>已登入 bilibili.com 分頁的 Cookie 標頭（更安全的做法：設定 {variable}，其他使用者無法在處理程序清單中看到它；都沒有時使用金鑰圈）</translation>
    </message>
    <message>
        <source>the demo window&apos;s history</source>
        <translation>示範視窗的歷史記錄</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下引數：%s</translation>
    </message>
    <message>
        <source>the history of a window on URL</source>
        <translation>連線 URL 的視窗的歷史記錄</translation>
    </message>
    <message>
        <source>the name of what arrives on standard input (default: stdin-TIME and a suffix guessed from its first bytes), or of the zip with --zip</source>
        <translation>從標準輸入讀取的內容的名稱（預設：stdin-時間，加上根據開頭位元組推測的字尾），或使用 --zip 時 zip 的名稱</translation>
    </message>
    <message>
        <source>the stored sign-in is no longer valid: run &apos;bilidrop login&apos;</source>
        <translation>儲存的登入已失效：請執行 bilidrop login</translation>
    </message>
    <message>
        <source>the window on the built-in emulator</source>
        <translation>使用內建模擬服務的視窗</translation>
    </message>
    <message>
        <source>the window on this origin</source>
        <translation>連線這個來源的視窗</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>無法識別的引數：%s</translation>
    </message>
    <message>
        <source>upload files and print their links</source>
        <translation>上傳檔案並輸出連結</translation>
    </message>
    <message>
        <source>upload what is on the clipboard instead</source>
        <translation>改為上傳剪貼簿中的內容</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>when Bilibili asks to slow down, wait it out and finish the batch (default: stop with exit status 4 and say when to try again)</source>
        <translation>嗶哩嗶哩要求放慢速度時，等待結束後繼續完成這一批（預設：以退出狀態 4 停止，並說明何時重試）</translation>
    </message>
    <message>
        <source>who is signed in, and where it is kept</source>
        <translation>誰已登入，登入資訊存放在哪裡</translation>
    </message>
    <message>
        <source>{name} (mid {mid}) · kept in: {where}</source>
        <translation>{name}（UID {mid}） · 存放於：{where}</translation>
    </message>
    <message>
        <source>{name}: {reason} Retrying in {seconds} s.</source>
        <translation>「{name}」：{reason} {seconds} 秒後重試。</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}：錯誤：{message}</translation>
    </message>
    <message>
        <source>{state}: {detail}</source>
        <translation>{state}：{detail}</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>（已過期）</translation>
    </message>
    <message>
        <source>Copy error &amp;details</source>
        <translation>複製錯誤詳細資料(&amp;D)</translation>
    </message>
    <message>
        <source>Copy what went wrong, with its codes, for the chat with customer service</source>
        <translation>複製出錯的經過和錯誤代碼，用於傳給客服</translation>
    </message>
    <message>
        <source>Error details copied: paste them into the chat with customer service.</source>
        <translation>錯誤詳細資料已複製：可貼到與客服的對話中。</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>代碼 {code}</translation>
    </message>
    <message>
        <source>A dropped folder or several files: one link each, or one zip with one link</source>
        <translation>拖入資料夾或多個檔案時：每個檔案一個連結，或壓縮成一個 zip、只有一個連結</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>每次詢問</translation>
    </message>
    <message>
        <source>Folders and several &amp;files:</source>
        <translation>資料夾和多個檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>Send as one zip</source>
        <translation>壓縮成一個 zip 傳送</translation>
    </message>
    <message>
        <source>Send as one zip?</source>
        <translation>壓縮成一個 zip 傳送？</translation>
    </message>
    <message>
        <source>The folder holds {n} files. Upload each of them, or send them all as one zip with one link?</source>
        <translation>資料夾中有 {n} 個檔案。要逐一上傳，還是全部壓縮成一個 zip、只產生一個連結？</translation>
    </message>
    <message>
        <source>Upload each file</source>
        <translation>逐一上傳</translation>
    </message>
    <message>
        <source>Zipping: {done} of {total} files…</source>
        <translation>正在壓縮：{done}/{total} 個檔案…</translation>
    </message>
    <message>
        <source>{n} files: upload each with its own link, or send them as one zip with one link?</source>
        <translation>{n} 個檔案：逐一上傳、各有一個連結，還是壓縮成一個 zip、只產生一個連結？</translation>
    </message>
    <message>
        <source>Copy links</source>
        <translation>複製連結</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 個檔案</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} 個檔案</translation>
    </message>
    <message>
        <source>1 folder</source>
        <translation>1 個資料夾</translation>
    </message>
    <message>
        <source>{n} folders</source>
        <translation>{n} 個資料夾</translation>
    </message>
    <message>
        <source>{files} and {folders}</source>
        <translation>{files}和 {folders}</translation>
    </message>
    <message>
        <source>bilidrop: handed {what} to the running BiliDrop window</source>
        <translation>bilidrop：已將 {what}交給正在執行的 BiliDrop 視窗</translation>
    </message>
</context>
</TS>
