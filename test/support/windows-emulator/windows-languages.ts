import iconv from 'iconv-lite';

/**
 * What a console tool prints differs by the Windows display language: the words, and the OEM
 * code page the bytes are in (a console program writing to a pipe writes in the console's OEM
 * code page, which `chcp` names). Per language:
 * - `oemCodePage`: the OEM code page Windows sets for that locale (Microsoft, "Code Page
 *   Identifiers" and the NLS locale tables: 437 US English, 850 Western European and Brazilian
 *   Portuguese, 852 Central European, 866 Cyrillic, 932 Japanese, 936 Simplified Chinese, 949
 *   Korean, 857 Turkish);
 * - `chcp`: the `chcp` line (English as captured from Wine 8 in test/fixtures/windows/wine8/chcp.stdout.txt;
 *   German "Aktive Codepage: 850." and French "Page de codes active : 850" as documented in
 *   src-main/host/windows/console-text.ts' sources; others as Windows prints them);
 * - `regError`: reg.exe's prefix ("ERROR:") followed by the system message of the Win32 error,
 *   exactly as `net helpmsg 5` / `net helpmsg 2` print it on that language's Windows
 *   (ERROR_ACCESS_DENIED "Access is denied.", and reg.exe's own "unable to find" message);
 *   Checked against reg.exe output others quoted from their own PCs (found through the code
 *   index): German "FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert
 *   wurde nicht gefunden." (a German proxy how-to and test fixtures), Russian "…Не удается найти
 *   указанный раздел или параметр в реестре." (batch files testing reg.exe's message) and
 *   "ОШИБКА: Отказано в доступе." (noted garbled when decoded as UTF-8 instead of cp866),
 *   Japanese "エラー: 指定されたレジストリ キーまたは値が見つかりませんでした" (a Solr start-up
 *   transcript), Simplified Chinese "错误: 系统找不到指定的注册表项或值。" and
 *   "reg.exe : 错误: 拒绝访问。" (PowerShell transcripts), Brazilian Portuguese "ERRO: O sistema
 *   não conseguiu localizar a chave ou o valor do Registro especificado." (a PHP test fixture).
 *   The others are Windows' system messages for those errors in that language, not yet seen in
 *   a capture;
 * - `defaultValueName`: how `reg query` names the default value (English "(Default)", German
 *   "(Standard)" as in test/fixtures/windows/published/reg-query-ve-de-textext.txt).
 */
export type WindowsLanguage = 'en-US' | 'de-DE' | 'fr-FR' | 'es-ES' | 'it-IT' | 'nl-NL' | 'pt-BR' | 'pt-PT' | 'pl-PL' | 'ru-RU' | 'ja-JP' | 'zh-CN' | 'ko-KR' | 'tr-TR' | 'cs-CZ';

export interface LanguageTexts {
  oemCodePage: number;
  chcp: (page: number) => string;
  accessDenied: string;
  keyNotFound: string;
  defaultValueName: string;
  /** tasklist's "no tasks" line when a filter matches nothing. */
  noTasks: string;
}

export const WINDOWS_LANGUAGES: Record<WindowsLanguage, LanguageTexts> = {
  'en-US': { oemCodePage: 437, chcp: (p) => `Active code page: ${p}`, accessDenied: 'ERROR: Access is denied.', keyNotFound: 'ERROR: The system was unable to find the specified registry key or value.', defaultValueName: '(Default)', noTasks: 'INFO: No tasks are running which match the specified criteria.' },
  'de-DE': { oemCodePage: 850, chcp: (p) => `Aktive Codepage: ${p}.`, accessDenied: 'FEHLER: Zugriff verweigert', keyNotFound: 'FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.', defaultValueName: '(Standard)', noTasks: 'INFORMATION: Es werden keine Aufgaben mit den angegebenen Kriterien ausgeführt.' },
  'fr-FR': { oemCodePage: 850, chcp: (p) => `Page de codes active : ${p}`, accessDenied: 'Erreur : Accès refusé.', keyNotFound: "Erreur : le système n'a pas trouvé la clé ou la valeur de Registre spécifiée.", defaultValueName: '(par défaut)', noTasks: 'INFO : Aucune tâche en service ne correspond aux critères spécifiés.' },
  'es-ES': { oemCodePage: 850, chcp: (p) => `Página de códigos activa: ${p}`, accessDenied: 'ERROR: Acceso denegado.', keyNotFound: 'ERROR: El sistema no pudo encontrar la clave o el valor del Registro especificados.', defaultValueName: '(predeterminado)', noTasks: 'INFORMACIÓN: no hay tareas ejecutándose que coincidan con los criterios especificados.' },
  'it-IT': { oemCodePage: 850, chcp: (p) => `Tabella codici attiva: ${p}`, accessDenied: 'ERRORE: Accesso negato.', keyNotFound: 'ERRORE: impossibile trovare la chiave o il valore del Registro di sistema specificato.', defaultValueName: '(predefinito)', noTasks: 'INFORMAZIONI: nessuna attività in esecuzione corrisponde ai criteri specificati.' },
  'nl-NL': { oemCodePage: 850, chcp: (p) => `Actieve codetabel: ${p}.`, accessDenied: 'FOUT: Toegang geweigerd.', keyNotFound: 'FOUT: Kan de opgegeven registersleutel of waarde niet vinden.', defaultValueName: '(Standaard)', noTasks: 'INFO: Er worden geen taken uitgevoerd die voldoen aan de opgegeven criteria.' },
  'pt-BR': { oemCodePage: 850, chcp: (p) => `Página de código ativa: ${p}`, accessDenied: 'ERRO: Acesso negado.', keyNotFound: 'ERRO: O sistema não conseguiu localizar a chave ou o valor do Registro especificado.', defaultValueName: '(Padrão)', noTasks: 'INFORMAÇÕES: não há tarefas sendo executadas que correspondam aos critérios especificados.' },
  'pt-PT': { oemCodePage: 850, chcp: (p) => `Página de códigos activa: ${p}`, accessDenied: 'ERRO: Acesso negado.', keyNotFound: 'ERRO: O sistema não conseguiu localizar a chave ou o valor de registo especificado.', defaultValueName: '(Predefinição)', noTasks: 'INFORMAÇÕES: não existem tarefas em execução que correspondam aos critérios especificados.' },
  'pl-PL': { oemCodePage: 852, chcp: (p) => `Aktywna strona kodowa: ${p}`, accessDenied: 'BŁĄD: Odmowa dostępu.', keyNotFound: 'BŁĄD: System nie może odnaleźć określonego klucza rejestru lub wartości.', defaultValueName: '(Domyślna)', noTasks: 'INFORMACJA: Brak uruchomionych zadań spełniających określone kryteria.' },
  'ru-RU': { oemCodePage: 866, chcp: (p) => `Текущая кодовая страница: ${p}`, accessDenied: 'ОШИБКА: Отказано в доступе.', keyNotFound: 'ОШИБКА: Не удается найти указанный раздел или параметр в реестре.', defaultValueName: '(по умолчанию)', noTasks: 'ИНФОРМАЦИЯ: Задачи, отвечающие заданным критериям, отсутствуют.' },
  'ja-JP': { oemCodePage: 932, chcp: (p) => `現在のコード ページ: ${p}`, accessDenied: 'エラー: アクセスが拒否されました。', keyNotFound: 'エラー: 指定されたレジストリ キーまたは値が見つかりませんでした', defaultValueName: '(既定)', noTasks: '情報: 指定された条件に一致するタスクは実行されていません。' },
  'zh-CN': { oemCodePage: 936, chcp: (p) => `活动代码页: ${p}`, accessDenied: '错误: 拒绝访问。', keyNotFound: '错误: 系统找不到指定的注册表项或值。', defaultValueName: '(默认)', noTasks: '信息: 没有运行的任务匹配指定标准。' },
  'ko-KR': { oemCodePage: 949, chcp: (p) => `활성 코드 페이지: ${p}`, accessDenied: '오류: 액세스가 거부되었습니다.', keyNotFound: '오류: 지정된 레지스트리 키 또는 값을 찾을 수 없습니다.', defaultValueName: '(기본값)', noTasks: '정보: 지정된 조건에 일치하는 실행 중인 작업이 없습니다.' },
  'tr-TR': { oemCodePage: 857, chcp: (p) => `Etkin kod sayfası: ${p}`, accessDenied: 'HATA: Erişim engellendi.', keyNotFound: 'HATA: Sistem belirtilen kayıt defteri anahtarını veya değerini bulamadı.', defaultValueName: '(Varsayılan)', noTasks: 'BİLGİ: Belirtilen ölçütlerle eşleşen çalışan görev yok.' },
  'cs-CZ': { oemCodePage: 852, chcp: (p) => `Aktivní znaková stránka: ${p}`, accessDenied: 'CHYBA: Přístup byl odepřen.', keyNotFound: 'CHYBA: Systém nenalezl zadaný klíč nebo hodnotu registru.', defaultValueName: '(výchozí)', noTasks: 'INFORMACE: Nejsou spuštěny žádné úlohy odpovídající zadaným kritériím.' },
};

/** Text as a console program writes it to a pipe: in the OEM code page, CRLF line ends. */
export function consoleBytes(text: string, codePage: number): Uint8Array {
  const crlf = text.replace(/\r?\n/g, '\r\n');
  return new Uint8Array(codePage === 65001 ? Buffer.from(crlf, 'utf8') : iconv.encode(crlf, `cp${codePage}`));
}
